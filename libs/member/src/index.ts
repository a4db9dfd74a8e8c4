export { startMember, MemberAgent, memberDefaults, type MemberOptions, type MemberConfig, type MemberKind } from './member-agent.js';
export { loadMemberIdentity, saveMemberIdentity, MEMBER_FILE_NAME, type MemberIdentity } from './member-identity.js';
