import { contOps } from '@daos-nats/api';
import { Acl, CONT_CAPA, isValidPrincipalName, parseAce, parsePrincipal } from '@daos-nats/acl';
import { ExistError, InvalidError, NonexistError } from '@daos-nats/base';
import type { daos } from '@daos-nats/proto';
import { operation, type OperationSpec } from '@daos-nats/rsvc';
import { access, need } from './cont-access.js';
import { iterateAll, LABELS_PATH, snapsPath, writeRecord, type ContRecord } from './cont-layout.js';
import type { ContCtx, ContLeader } from './cont-leader.js';
import { changedPlainProp, checkLabel, DERIVED_PROPS, isKnownProp } from './cont-props.js';
import { propsView } from './cont-props-view.js';

const nameOf = (rec: ContRecord): string => rec.label || rec.uuid;

function aclRep(rec: ContRecord): daos.cont.v1.AclRep.$Properties {
  return { aces: [...rec.acl], owner: rec.owner, ownerGroup: rec.group };
}

function checkOwnerName(what: string, name: string): string {
  if (!isValidPrincipalName(name)) throw new InvalidError(`container ${what} ${JSON.stringify(name)} is not a valid principal name (name@[domain])`);
  return name;
}

/** A changed ACL, checked for containers, written with its modification time. */
function saveAcl(ctx: ContCtx, rec: ContRecord, acl: Acl): daos.cont.v1.AclRep.$Properties {
  acl.checkFor('container');
  const next = { ...rec, acl: acl.toStrings(), modifiedMs: ctx.state.wall() };
  writeRecord(ctx.tx, next);
  return aclRep(next);
}

async function labelTaken(ctx: ContCtx, label: string): Promise<boolean> {
  try {
    await ctx.tx.lookup(LABELS_PATH, label);
    return true;
  } catch (e) {
    if (e instanceof NonexistError) return false;
    throw e;
  }
}

/** Properties, ACL and ownership (DAOS CONT_PROP_SET, CONT_ACL_UPDATE/DELETE, CONT_QUERY's props). */
export const propOperations: readonly OperationSpec<ContLeader>[] = [
  operation(contOps.propGet, 'read', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'ro');
    const names = req.names ?? [];
    const nsnapshots = names.length === 0 || names.includes('nsnapshots') ? (await iterateAll(ctx.tx, snapsPath(rec.uuid))).length : 0;
    return { props: propsView(rec, names, capas, nsnapshots) };
  }),

  operation(contOps.propSet, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    const entries = Object.entries(req.props ?? {});
    if (entries.length === 0) throw new InvalidError('no property to set');
    let next: ContRecord = { ...rec, props: { ...rec.props } };
    const props = next.props as Record<string, string>;
    for (const [name, value] of entries) {
      if (!isKnownProp(name)) throw new InvalidError(`unknown container property ${JSON.stringify(name)}`);
      if ((DERIVED_PROPS as readonly string[]).includes(name)) throw new InvalidError(`container property ${name} is read-only`);
      switch (name) {
        case 'label': {
          need(capas, CONT_CAPA.SET_PROP, `set the label of container ${nameOf(rec)}`);
          const label = checkLabel(value);
          if (label !== rec.label && (await labelTaken(ctx, label))) throw new ExistError(`container label ${label} is taken`);
          next = { ...next, label };
          break;
        }
        case 'owner':
          need(capas, CONT_CAPA.SET_OWNER, `change the owner of container ${nameOf(rec)}`);
          next = { ...next, owner: checkOwnerName('owner', value) };
          break;
        case 'group':
          need(capas, CONT_CAPA.SET_OWNER, `change the owner group of container ${nameOf(rec)}`);
          next = { ...next, group: checkOwnerName('group', value) };
          break;
        case 'acl': {
          need(capas, CONT_CAPA.SET_ACL, `set the ACL of container ${nameOf(rec)}`);
          next = { ...next, acl: Acl.parseText(value).checkFor('container').toStrings() };
          break;
        }
        default:
          need(capas, CONT_CAPA.SET_PROP, `set properties of container ${nameOf(rec)}`);
          props[name] = changedPlainProp(name, value);
      }
    }
    if (next.label !== rec.label) {
      if (rec.label !== '') ctx.tx.delete(LABELS_PATH, rec.label);
      ctx.tx.update(LABELS_PATH, next.label, new TextEncoder().encode(rec.uuid));
    }
    writeRecord(ctx.tx, { ...next, modifiedMs: ctx.state.wall() });
    return {};
  }),

  operation(contOps.aclGet, 'read', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'ro');
    need(capas, CONT_CAPA.GET_ACL, `read the ACL of container ${nameOf(rec)}`);
    return aclRep(rec);
  }),

  operation(contOps.aclOverwrite, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.SET_ACL, `set the ACL of container ${nameOf(rec)}`);
    return saveAcl(ctx, rec, Acl.parse(req.aces ?? []));
  }),

  operation(contOps.aclUpdate, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.SET_ACL, `update the ACL of container ${nameOf(rec)}`);
    const aces = req.aces ?? [];
    if (aces.length === 0) throw new InvalidError('no ACE to add');
    return saveAcl(ctx, rec, Acl.parse(rec.acl).withAll(aces.map((s) => parseAce(s))));
  }),

  operation(contOps.aclDelete, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.SET_ACL, `change the ACL of container ${nameOf(rec)}`);
    return saveAcl(ctx, rec, Acl.parse(rec.acl).without(parsePrincipal(req.principal ?? '')));
  }),

  operation(contOps.setOwner, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.SET_OWNER, `change the owner of container ${nameOf(rec)}`);
    if (!req.user && !req.group) throw new InvalidError('set-owner needs a user or a group');
    writeRecord(ctx.tx, {
      ...rec,
      owner: req.user ? checkOwnerName('owner', req.user) : rec.owner,
      group: req.group ? checkOwnerName('group', req.group) : rec.group,
      modifiedMs: ctx.state.wall(),
    });
    return {};
  }),
];
