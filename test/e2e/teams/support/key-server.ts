import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export interface KeyServer {
  /** Ends in /openidconfiguration, as the Bot Framework's does. */
  metadataUrl: string;
  issuer: string;
  /** A token signed by the published key. */
  sign(claims: JWTPayload, options?: { expiresIn?: string | number; kid?: string }): Promise<string>;
  /** Same shape and kid, signed by a key that is not published. */
  forge(claims: JWTPayload): Promise<string>;
  keyRequests(): number;
  close(): Promise<void>;
}

export const TEST_ISSUER = 'https://api.botframework.test';
const KID = 'loopback-key-1';

/** A loopback OpenID metadata + JWKS server whose RSA key signs test tokens, like login.botframework.com. */
export async function startKeyServer(): Promise<KeyServer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const forger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  let keyRequests = 0;
  let base = '';
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      keyRequests++;
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const build = (claims: JWTPayload, kid: string, expiresIn: string | number) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).setIssuedAt().setNotBefore('-1m').setExpirationTime(expiresIn);
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    issuer: TEST_ISSUER,
    sign: (claims, options = {}) => build({ iss: TEST_ISSUER, ...claims }, options.kid ?? KID, options.expiresIn ?? '10m').sign(privateKey),
    forge: (claims) => build({ iss: TEST_ISSUER, ...claims }, KID, '10m').sign(forger.privateKey),
    keyRequests: () => keyRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
