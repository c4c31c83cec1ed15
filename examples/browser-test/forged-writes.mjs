// Forged cross-site writes in a real browser: the victim signs in on the app's page; an attacker's
// page on another site (servers.mjs ATTACK_PAGE) makes the victim's browser post a text/plain
// form, a urlencoded form and a no-cors credentialed fetch to the victim's transfers endpoint. The
// app's page then reads the transfers back. Against /api/transfers (the write guard on) nothing
// may change; against /api/transfers/unguarded (the guard off) all three writes land, which shows
// that the attack is real and the guard is what stops it. Both runs check that every forged request
// carried Sec-Fetch-Site: cross-site: the guarded run from Chromium's own network log, the
// unguarded run from the server's audit trail of what it received. The transfers endpoints need a
// signed-in user, so a write that lands also proves the victim's cookie went along.

const FORGED = 3;

/**
 * Runs the attack against both endpoints of one server; returns report rows shaped like
 * browser-test.mjs's scenario results, with their own expected and observed texts.
 */
export async function runForgedWrites(context, origins, serverName, api, callApi) {
  const app = await context.newPage();
  await app.goto(`${origins.app}/`);
  const call = (request) => app.evaluate(callApi, { ...request, url: api + request.path, token: '' });
  const signIn = await call({ method: 'POST', path: '/api/session', body: { user: 'alice', password: 'wonderland' } });
  const transfers = async () => {
    const outcome = await call({ method: 'GET', path: '/api/transfers' });
    if (!outcome.read || outcome.status !== 200) {
      throw new Error(`the app cannot read /api/transfers: ${JSON.stringify(outcome)}`);
    }
    return JSON.parse(outcome.body).transfers;
  };
  const results = [];
  try {
    if (!signIn.read || signIn.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(signIn)}`);
    for (const guarded of [true, false]) {
      const path = guarded ? '/api/transfers' : '/api/transfers/unguarded';
      const before = await transfers();
      const sent = await attack(context, origins.otherHost, api + path);
      const after = await transfers();
      const landed = after.slice(before.length);
      const sites = sent.map((request) => request.secFetchSite);
      const statuses = sent.map((request) => request.status);
      // What Chromium sent: for refused writes its network log is the witness (resource code never
      // sees them); for writes that land, the server's audit trail is, as received on the wire.
      // (Playwright's log can miss the extra headers of a no-cors fetch answered 200.)
      const passed = sent.length === FORGED && (guarded
        ? sites.every((site) => site === 'cross-site') && landed.length === 0
          && statuses.every((status) => status === 403)
        : landed.length === FORGED && statuses.every((status) => status === 200)
          && landed.every((t) => t.secFetchSite === 'cross-site' && t.origin === origins.otherHost));
      results.push({
        server: serverName,
        origin: origins.otherHost,
        scenario: {
          id: guarded ? 'forged-writes-refused' : 'forged-writes-unguarded',
          what: guarded
            ? 'an attacker page auto-submits a text/plain form, a urlencoded form and a no-cors credentialed fetch POST with the victim\'s cookie; the app reads its transfers back'
            : 'the same attack on the same endpoint with refuseCrossSiteWrites = false',
          request: { method: 'POST', path },
        },
        expectedText: guarded
          ? `Chromium sent Sec-Fetch-Site: cross-site x${FORGED}, 403 x${FORGED}, transfers unchanged`
          : `${FORGED} transfers land, the server received Sec-Fetch-Site: cross-site x${FORGED}`,
        verdictText: `Chromium's log: Sec-Fetch-Site [${sites.join(', ')}] (${sent.map((r) => r.kind).join(', ')}), `
          + `server answered [${statuses.join(', ')}], ${landed.length} new transfers`
          + (landed.length > 0 ? ` (server saw Sec-Fetch-Site [${landed.map((t) => t.secFetchSite).join(', ')}])` : ''),
        passed,
        console: '',
      });
    }
  } finally {
    await call({ method: 'DELETE', path: '/api/session' }).catch(() => {});
    await app.close();
  }
  return results;
}

/**
 * Opens the attacker's page (on `attackerOrigin`) aimed at `target` and waits until all three
 * forged requests have been answered; returns each request as Chromium's network log saw it.
 */
async function attack(context, attackerOrigin, target) {
  const seen = [];
  const onRequest = (request) => {
    if (request.url() === target && request.method() === 'POST') seen.push(request);
  };
  context.on('request', onRequest);
  const page = await context.newPage();
  try {
    await page.goto(`${attackerOrigin}/attack?target=${encodeURIComponent(target)}`);
    await page.waitForFunction(
      () => window.forged['text/plain'] && window.forged.urlencoded && window.forged.fetch !== null,
      null, { timeout: 15_000 });
    return await Promise.all(seen.map(async (request) => {
      // The response first: Chromium reports the headers it really sent (Sec-Fetch-* included)
      // in a separate event, which has arrived by the time the response has.
      const response = await request.response();
      const headers = await request.allHeaders();
      return {
        kind: request.resourceType() === 'fetch' ? 'fetch' : headers['content-type'] || 'form',
        secFetchSite: headers['sec-fetch-site'] || '(not in the log)',
        status: response ? response.status() : 0,
      };
    }));
  } finally {
    context.off('request', onRequest);
    await page.close();
  }
}
