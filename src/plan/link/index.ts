// Share and coach links, one module per job: bytes (deflate, base64url, CRC-32, bounded inflate),
// the coach context, the payload, private links (passphrase), and the address. Islands load this
// whole folder on first use.
export * from './bytes';
export * from './coach-context';
export * from './payload';
export * from './private';
export * from './passphrase';
export * from './url';
