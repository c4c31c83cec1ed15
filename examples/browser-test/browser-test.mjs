// Proves the example policies in a real browser: Debian's headless Chromium, driven by
// playwright-core, loads pages from allowed, disallowed and look-alike loopback origins and runs
// fetch(..., {credentials: 'include'}) against the Jersey and RESTEasy example servers, then lets
// an attacker's page forge cross-site writes with the victim's cookie (forged-writes.mjs). Prints
// the browser's verdict per scenario, writes them to <report>, and exits 1 if any verdict differs
// from the expected one.
//
// usage: node browser-test.mjs --java <java> --report <file.md>
//          --server <Name>,<main class>,<classes dir>,<runtime-classpath.txt> [--server ...]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BLOCKED, pageOrigins, scenarios } from './scenarios.mjs';
import { runForgedWrites } from './forged-writes.mjs';
import { startJavaServer, startPageServer, throwawayCertificate } from './servers.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Flags for a sandboxed machine with no outside network; Chromium's background services would
// otherwise fail to reach Google's hosts at every start.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];

const { values: options } = parseArgs({
  options: {
    java: { type: 'string', default: 'java' },
    report: { type: 'string', default: 'target/browser-test-report.md' },
    server: { type: 'string', multiple: true, default: [] },
  },
});

// Stop functions of everything started, run in reverse order on exit or on a signal.
const cleanup = [];

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`);
  }
  const workDir = path.dirname(path.resolve(options.report));
  fs.mkdirSync(workDir, { recursive: true });
  try {
    const { origins, httpsPort } = await servePages(workDir);
    const started = await Promise.allSettled(options.server.map((spec) => {
      const [name, mainClass, classes, classpathFile] = spec.split(',');
      // The example's development origins come from configuration, here the environment (credcors
      // checks them at start-up); the scenarios below expect exactly these two.
      const env = {
        CREDCORS_EXAMPLE_APP_ORIGINS: pageOrigins.app,
        CREDCORS_EXAMPLE_ADMIN_ORIGINS: pageOrigins.admin,
      };
      return startJavaServer({ name, java: options.java, mainClass, classes, classpathFile, logDir: workDir, env });
    }));
    const servers = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
    servers.forEach((server) => cleanup.push(server.stop));
    const failure = started.find((s) => s.status === 'rejected');
    if (failure) throw failure.reason;
    const context = await launchChromium(httpsPort);
    cleanup.push(() => context.close());

    const results = [];
    for (const server of servers) {
      // "localhost", like the app's page: the session cookie is then same-site for the app.
      const api = `http://localhost:${server.port}`;
      results.push(...await runScenarios(context, origins, server.name, api));
      await context.clearCookies();
      results.push(...await runForgedWrites(context, origins, server.name, api, callApi));
      await context.clearCookies();
    }
    return report(results, servers);
  } finally {
    await stopAll();
  }
}

async function stopAll() {
  while (cleanup.length > 0) {
    const step = cleanup.pop();
    await Promise.resolve().then(step).catch((e) => console.error(`cleanup: ${e.message}`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => stopAll().finally(() => process.exit(1)));
}

/** Starts the page servers; returns the page origin of each role in scenarios.mjs. */
async function servePages(workDir) {
  const serve = async (host, port, tls) => {
    const server = await startPageServer(host, port, tls);
    cleanup.push(server.close);
    return server.port;
  };
  await serve('127.0.0.1', 5173); // localhost:5173, 127.0.0.1:5173, app.localhost:5173
  await serve('127.0.0.1', 5174);
  await serve('127.0.0.2', 5173);
  await serve('127.0.0.1', 51730);
  const freePort = await serve('127.0.0.1', 0);
  const httpsPort = await serve('127.0.0.1', 0, throwawayCertificate(workDir));
  const origins = Object.fromEntries(Object.entries(pageOrigins)
    .map(([role, origin]) => [role, origin.replace('{freePort}', freePort)]));
  return { origins, httpsPort };
}

/**
 * A fresh profile that sends third-party cookies. A new Chromium profile blocks them, which would
 * already keep the victim's cookie away from pages on other sites; allowing them leaves CORS as
 * the only thing between those pages and the response, which is what this test is about. The
 * https origins' host names all resolve to the https page server, whose certificate is accepted.
 */
async function launchChromium(httpsPort) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'credcors-chromium-'));
  fs.mkdirSync(path.join(profile, 'Default'));
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP *.example.com 127.0.0.1:${httpsPort}, MAP *.evil.test 127.0.0.1:${httpsPort}`],
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return context;
}

async function runScenarios(context, origins, serverName, api) {
  const pages = new Map();
  const pageFor = async (role) => {
    if (!pages.has(role)) {
      const page = await context.newPage();
      page.consoleErrors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') page.consoleErrors.push(message.text());
      });
      await page.goto(`${origins[role]}/`);
      pages.set(role, page);
    }
    return pages.get(role);
  };
  let token = '';
  const results = [];
  for (const scenario of scenarios) {
    const page = await pageFor(scenario.page);
    page.consoleErrors.length = 0;
    const request = { ...scenario.request, url: api + scenario.request.path, token };
    const outcome = await page.evaluate(callApi, request);
    if (scenario.keepToken && outcome.read) token = JSON.parse(outcome.body).token || '';
    const passed = matches(scenario.expect, outcome);
    results.push({ server: serverName, origin: origins[scenario.page], scenario, outcome, passed,
      console: page.consoleErrors.find((text) => text.includes('CORS')) || '' });
  }
  await Promise.all([...pages.values()].map((page) => page.close()));
  return results;
}

/** Runs in the page: one credentialed fetch, reported as what the page script could observe. */
async function callApi({ method, url, body, bearer, token }) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (bearer) headers.Authorization = `Bearer ${token}`;
  try {
    const response = await fetch(url, {
      method, headers, credentials: 'include',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return { read: true, status: response.status, body: await response.text() };
  } catch (error) {
    return { read: false, error: `${error.name}: ${error.message}` };
  }
}

function matches(expect, outcome) {
  if (expect === BLOCKED) {
    // The browser's CORS error: the only thing a page learns when the policy says no.
    return !outcome.read && outcome.error === 'TypeError: Failed to fetch';
  }
  const [status, body] = expect;
  return outcome.read && outcome.status === status && outcome.body.includes(body);
}

const expected = (expect) => (expect === BLOCKED ? 'blocked' : `reads ${expect[0]}`);
const verdict = (outcome) => (outcome.read
  ? `read ${outcome.status} ${outcome.body.length > 60 ? `${outcome.body.slice(0, 57)}...` : outcome.body}`
  : `blocked (${outcome.error})`);
// Rows that are not a single fetch (forged-writes.mjs) bring their own texts.
const expectedOf = (result) => result.expectedText ?? expected(result.scenario.expect);
const verdictOf = (result) => result.verdictText ?? verdict(result.outcome);
// Chromium's own reason, from the console error it logs for a CORS failure.
const reason = (message) => message.replace(/^.*blocked by CORS policy: /, '').replace(/\|/g, '/');

function report(results, servers) {
  const failed = results.filter((result) => !result.passed);
  const lines = [
    '# credcors browser test',
    '',
    `Chromium: ${CHROMIUM}; servers: ${servers.map((s) => `${s.name} on 127.0.0.1:${s.port}`).join(', ')}`,
    '',
    '| server | page origin | scenario | request | expected | browser verdict | Chromium\'s reason | result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map((result) => `| ${result.server} `
      + `| ${result.origin} | ${result.scenario.id}: ${result.scenario.what} | ${result.scenario.request.method} `
      + `${result.scenario.request.path} | ${expectedOf(result)} | ${verdictOf(result).replace(/\|/g, '/')} `
      + `| ${reason(result.console)} | ${result.passed ? 'pass' : 'FAIL'} |`),
    '',
  ];
  for (const result of failed) {
    const { server, scenario, console: message } = result;
    const detail = scenario.expect === undefined || scenario.expect === BLOCKED ? '' : ` with "${scenario.expect[1]}"`;
    lines.push(`FAIL ${server} ${scenario.id}: expected ${expectedOf(result)}${detail}, got ${verdictOf(result)}`
      + `${message ? `\n  Chromium said: ${message}` : ''}`);
  }
  const summary = `${results.length - failed.length} passed, ${failed.length} failed`;
  fs.writeFileSync(options.report, `${lines.join('\n')}\n${summary}\n`);
  console.log(lines.join('\n'));
  console.log(`report: ${options.report}`);
  console.log(summary);
  return failed.length === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(`browser test could not run: ${error.stack || error}`); process.exitCode = 1; },
);
