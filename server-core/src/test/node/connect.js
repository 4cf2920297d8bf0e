// The connection-rate client: opens sockets to one server as fast as it takes them, a bounded
// number of handshakes in flight, and prints one JSON line: how many opened, how many failed, and
// the seconds from the first handshake to the last socket ready. A socket is ready after one round
// trip past its handshake, so that each server has authenticated it (where it authenticates):
//   chat      the token in an Authorization header, then {"type":"ping"} answered by an ack;
//   socketio  Engine.IO's open packet, the connect packet with the token, then a "ping" event acked;
//   ws        the Node floor: its first frame (a room to join) answered by an ack.
// Usage: node connect.js MODE URLS TOKENS_FILE IN_FLIGHT, URLS comma-separated (sockets take turns).
// TOKENS_FILE has one line per socket to open: its token (any text for ws). The sockets stay open
// until every one is ready or failed, then close. Node's own client, so that every server is
// measured by the same generator, and by a faster one than the JDK's WebSocket client.
'use strict';
const fs = require('node:fs');
const WebSocket = require('ws');

const [mode, urlList, tokensFile, inFlightArg] = process.argv.slice(2);
const urls = urlList.split(',');
const tokens = fs.readFileSync(tokensFile, 'utf8').split('\n').filter((line) => line.length > 0);
const inFlight = Number(inFlightArg);
const TIMEOUT_MS = 20000;

const sockets = [];
let next = 0;
let opened = 0;
let failed = 0;
let firstError = null;
let started;

function headers(token) {
  return mode === 'chat' ? { Authorization: 'Bearer ' + token } : {};
}

// What the socket sends, and what answer makes it ready, once the handshake is done.
function afterOpen(socket, token, ready) {
  switch (mode) {
    case 'chat':
      socket.send('{"type":"ping","requestId":"r"}');
      socket.on('message', (data) => data.toString().startsWith('{"type":"ack"') && ready());
      return;
    case 'ws':
      socket.send('{"type":"join","requestId":"r","room":"connect"}');
      socket.on('message', () => ready());
      return;
    case 'socketio':
      socket.on('message', (data) => {
        const packet = data.toString();
        if (packet.startsWith('0')) {
          socket.send('40{"token":"' + token + '"}');
        } else if (packet.startsWith('40')) {
          socket.send('421["ping",{"requestId":"r"}]');
        } else if (packet.startsWith('431')) {
          ready();
        } else if (packet === '2') {
          socket.send('3');
        }
      });
      return;
    default:
      throw new Error('unknown mode ' + mode);
  }
}

function openOne() {
  const url = urls[next % urls.length];
  const token = tokens[next++];
  const socket = new WebSocket(url, { headers: headers(token), perMessageDeflate: false });
  sockets.push(socket);
  let settled = false;
  const settle = (error) => {
    if (settled) {
      return;
    }
    settled = true;
    clearTimeout(timer);
    if (error) {
      failed++;
      firstError = firstError || String(error);
    } else {
      opened++;
    }
    if (next < tokens.length) {
      openOne();
    } else if (opened + failed === tokens.length) {
      finish();
    }
  };
  const timer = setTimeout(() => settle('timed out'), TIMEOUT_MS);
  socket.on('open', () => afterOpen(socket, token, () => settle(null)));
  socket.on('error', (error) => settle(error.message));
  socket.on('close', (code) => settle('closed ' + code));
}

function finish() {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ opened, failed, seconds, firstError }));
  sockets.forEach((socket) => socket.terminate());
  process.exit(0);
}

started = process.hrtime.bigint();
for (let i = 0; i < Math.min(inFlight, tokens.length); i++) {
  openOne();
}
