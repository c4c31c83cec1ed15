// The scenarios the browser test runs against each example server, in order: later ones depend on
// the state earlier ones leave (the session cookie, the bearer token, a renamed profile, deleted
// items).
//
// Page origins. The http ones are loopback, which browsers treat as secure contexts. The https
// ones are the example policy's production origins and their look-alikes: Chromium resolves them
// to a local https page server (--host-resolver-rules) and accepts its throwaway certificate.
export const pageOrigins = {
  // listed by every class policy of the example API
  app: 'http://localhost:5173',
  prodApp: 'https://app.example.com',
  preview: 'https://pr-7.preview.example.com', // the pattern ^https://[a-z0-9-]+\.preview\.example\.com$
  // listed only by the method-level policy of DELETE /api/items/{id}
  admin: 'http://localhost:5174',
  prodAdmin: 'https://admin.example.com',
  // not listed
  otherHost: 'http://127.0.0.1:5173', // same page server, another host name
  otherAddress: 'http://127.0.0.2:5173', // another loopback address
  suffix: 'http://app.localhost:5173', // ends with the allowed "localhost:5173"
  prefix: 'http://localhost:51730', // starts with the allowed "http://localhost:5173"
  otherPort: 'http://localhost:{freePort}', // the allowed host on another port
  prodSuffix: 'https://evilapp.example.com', // ends with the allowed "app.example.com"
  prodPrefix: 'https://app.example.com.evil.test', // starts with the allowed origin
  previewPrefix: 'https://pr-7.preview.example.com.evil.test', // a pattern match, then more
  previewSuffix: 'https://evilpreview.example.com', // ends with "preview.example.com", no dot
  previewNested: 'https://a.b.preview.example.com', // two labels where the pattern allows one
};

// One scenario: the page it runs on, what it shows, the request, and the expected verdict:
// [status, body substring] means the page must read the response; BLOCKED means fetch() must
// reject with the browser's CORS error.
export const BLOCKED = 'blocked';
const signIn = { method: 'POST', path: '/api/session', body: { user: 'alice', password: 'wonderland' } };
const profile = { method: 'GET', path: '/api/profile' };
const bearerProfile = { ...profile, bearer: true };
const rename = (displayName) => ({ method: 'PUT', path: '/api/profile', body: { displayName } });
const item = (id) => ({ method: 'GET', path: `/api/items/${id}` });
const deleteItem = (id) => ({ method: 'DELETE', path: `/api/items/${id}` });
const scenario = (id, page, what, request, expect, extra = {}) => ({ id, page, what, request, expect, ...extra });

export const scenarios = [
  scenario('app-sign-in', 'app', 'JSON POST (preflighted: Content-Type) signs in and sets the session cookie',
    signIn, [200, '"token"'], { keepToken: true }),
  scenario('app-profile-cookie', 'app', 'simple GET authenticated by the SameSite=None cookie',
    profile, [200, 'Alice Liddell']),
  scenario('app-profile-bearer', 'app', 'GET with an Authorization: Bearer header (preflighted)',
    bearerProfile, [200, '"user":"alice"']),
  scenario('prod-app-profile', 'prodApp', 'simple GET from the production app (exact https origin)',
    profile, [200, 'Alice Liddell']),
  scenario('preview-profile', 'preview', 'GET with a bearer token from a preview deployment (pattern)',
    bearerProfile, [200, '"user":"alice"']),
  scenario('preview-rename', 'preview', 'state-changing JSON PUT from a preview deployment (pattern)',
    rename('Alice (preview)'), [200, 'Alice (preview)']),
  scenario('app-rename', 'app', 'state-changing JSON PUT (preflighted)',
    rename('Alice (app)'), [200, 'Alice (app)']),
  scenario('app-item', 'app', 'GET on a path-parameter endpoint /api/items/{id: [0-9]+}',
    item(42), [200, 'Blue teapot']),
  scenario('app-delete-item', 'app', 'DELETE whose method-level policy lists only the admin console',
    deleteItem(42), BLOCKED),
  scenario('admin-profile', 'admin', 'the admin console reads the profile: the class policy does not list it',
    profile, BLOCKED),
  scenario('admin-delete-item', 'admin', 'the admin console deletes item 42 (method-level policy, preflighted DELETE)',
    deleteItem(42), [204, '']),
  scenario('prod-admin-delete-item', 'prodAdmin', 'the production console deletes item 99 (method-level policy)',
    deleteItem(99), [204, '']),
  scenario('prod-admin-profile', 'prodAdmin', 'the production console reads the profile: not listed there',
    profile, BLOCKED),
  scenario('app-item-gone', 'app', 'an error response (404) still carries the CORS headers, so the app can read it',
    item(42), [404, 'no item 42']),
  scenario('other-host-profile', 'otherHost', 'simple GET with the victim\'s cookie from a host name the policy does not list',
    profile, BLOCKED),
  scenario('other-host-rename', 'otherHost', 'preflighted JSON PUT from a host name the policy does not list',
    rename('Mallory'), BLOCKED),
  scenario('other-address-sign-in', 'otherAddress', 'JSON POST sign-in from another loopback address',
    signIn, BLOCKED),
  scenario('suffix-look-alike', 'suffix', 'simple GET from an origin that ends with the allowed one\'s host and port',
    profile, BLOCKED),
  scenario('prefix-look-alike', 'prefix', 'preflighted JSON PUT from an origin that starts with the allowed origin',
    rename('Mallory'), BLOCKED),
  scenario('prefix-look-alike-get', 'prefix', 'simple GET with the victim\'s cookie from the prefix look-alike',
    profile, BLOCKED),
  scenario('other-port-bearer', 'otherPort', 'GET with a stolen bearer token from the allowed host on another port',
    bearerProfile, BLOCKED),
  scenario('prod-suffix-look-alike', 'prodSuffix', 'simple GET with the victim\'s cookie from evilapp.example.com',
    profile, BLOCKED),
  scenario('prod-prefix-look-alike', 'prodPrefix', 'preflighted JSON PUT from app.example.com.evil.test',
    rename('Mallory'), BLOCKED),
  scenario('preview-prefix-look-alike', 'previewPrefix', 'simple GET from pr-7.preview.example.com.evil.test',
    profile, BLOCKED),
  scenario('preview-suffix-look-alike', 'previewSuffix', 'preflighted JSON PUT from evilpreview.example.com',
    rename('Mallory'), BLOCKED),
  scenario('preview-nested', 'previewNested', 'simple GET from a.b.preview.example.com (one label allowed)',
    profile, BLOCKED),
  scenario('app-profile-unchanged', 'app', 'the profile is still the app\'s: no blocked PUT reached the resource',
    profile, [200, 'Alice (app)']),
  scenario('app-transfer', 'app', 'JSON POST to the write-guarded /api/transfers from the app (an allowed origin of the same site)',
    { method: 'POST', path: '/api/transfers', body: { to: 'bob', amount: '5' } }, [200, '"secFetchSite":"same-site"']),
  scenario('app-sign-out', 'app', 'DELETE /api/session (preflighted) signs out and expires the cookie',
    { method: 'DELETE', path: '/api/session' }, [204, '']),
  scenario('app-signed-out', 'app', 'the authentication filter\'s 401 carries the CORS headers, so the app can read it',
    profile, [401, 'sign in first']),
];
