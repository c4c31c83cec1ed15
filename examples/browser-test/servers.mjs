// The processes the browser test needs: static page servers on several loopback origins, and the
// example API servers, started with plain `java` on free ports.

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

const PAGE = '<!doctype html><meta charset="utf-8"><title>credcors browser test</title>'
  + '<p>A page that only exists to give fetch() an origin.</p>';

// An attacker's page: on load it forges three writes to ?target= with the visitor's cookie, none
// of which needs a preflight (a text/plain form, a urlencoded form, a no-cors fetch), and records
// in window.forged when each has been answered. The forms post into iframes so the page stays.
const ATTACK_PAGE = `<!doctype html><meta charset="utf-8"><title>not an attack, honest</title>
<p>A page on another site that makes the visitor's browser write to the victim's API.</p>
<script>
const target = new URLSearchParams(location.search).get('target');
window.forged = { 'text/plain': false, urlencoded: false, fetch: null };
for (const [kind, enctype] of [['text/plain', 'text/plain'],
                               ['urlencoded', 'application/x-www-form-urlencoded']]) {
  const frame = document.createElement('iframe');
  frame.name = kind;
  document.body.append(frame);
  frame.addEventListener('load', () => { window.forged[kind] = true; });
  const form = document.createElement('form');
  Object.assign(form, { method: 'POST', action: target, enctype, target: kind });
  for (const [name, value] of [['to', 'mallory'], ['amount', '1000']]) {
    const input = document.createElement('input');
    Object.assign(input, { type: 'hidden', name, value });
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}
fetch(target, { method: 'POST', mode: 'no-cors', credentials: 'include', body: 'to=mallory&amount=1000' })
  .then((r) => { window.forged.fetch = 'opaque response'; },
        (e) => { window.forged.fetch = e.name + ': ' + e.message; });
</script>`;

/**
 * Serves PAGE on host:port (0 = a free port), and ATTACK_PAGE at /attack, over https when `tls`
 * ({key, cert}) is given; resolves to the bound port and a close function.
 */
export function startPageServer(host, port, tls) {
  const handler = (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.url.startsWith('/attack?') ? ATTACK_PAGE : PAGE);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new Error(
      `cannot serve test pages on ${host}:${port} (${e.code}); the example policy names this `
      + 'origin, so the port is fixed: stop whatever uses it (the README demo?) and rerun')));
    server.listen(port, host, () => resolve({ port: server.address().port, close: () => server.close() }));
  });
}

/**
 * A throwaway self-signed certificate for the https page server, made with openssl in `dir`.
 * Chromium is told to accept it; it protects nothing.
 */
export function throwawayCertificate(dir) {
  const key = path.join(dir, 'page-server-key.pem');
  const cert = path.join(dir, 'page-server-cert.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-subj', '/CN=credcors-browser-test', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`openssl could not make the test page server's certificate: ${e.message}`);
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/**
 * Starts `java -cp <classes>:<runtime classpath> <mainClass> 0`, with `env` added to the
 * environment, and resolves once it prints its
 * "listening on http://127.0.0.1:<port>" line.
 */
export function startJavaServer({ name, java, mainClass, classes, classpathFile, logDir, env = {} }) {
  const classpath = [classes, fs.readFileSync(classpathFile, 'utf8').trim()]
    .filter((entry) => entry.length > 0).join(path.delimiter);
  const log = fs.createWriteStream(path.join(logDir, `${name.toLowerCase()}-server.log`));
  const child = spawn(java, ['-cp', classpath, mainClass, '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stderr.pipe(log);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} server printed no "listening on" line within 90 s; see ${log.path}`));
    }, 90_000);
    let seen = '';
    child.stdout.on('data', (chunk) => {
      log.write(chunk);
      seen += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve({ name, port: Number(match[2]), stop: () => stopChild(child) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited with ${code} before listening; see ${log.path}`));
    });
  });
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}
