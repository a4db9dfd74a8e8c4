/**
 * The NATS header that carries a request's signed credential (libs/auth `signCredential`). A
 * header, not the envelope, so every operation carries it without a change to any message type,
 * and responders can refuse a request before decoding its body.
 */
export const CREDENTIAL_HEADER = 'Daos-Credential';
