// The reconnect-storm client: holds one chat socket per line of TOKENS_FILE ("TOKEN ROOM_ID"),
// each caught up once with sync on its room. When the server goes away it reconnects each socket
// as the desktop app does (ReconnectPolicy.standard, below) and catches it up with sync from the
// last message it saw. Prints "ready"
// once every socket has caught up the first time; then, once every socket has caught up again
// after the server came back (or DEADLINE_SECONDS after "ready"), one JSON line: sockets, how
// many caught up again, the epoch milliseconds of the first close and of the last catch-up, and
// the attempts made.
// Usage: node reconnect.js URL TOKENS_FILE IN_FLIGHT DEADLINE_SECONDS
'use strict';
const fs = require('node:fs');
const WebSocket = require('ws');

const [url, tokensFile, inFlightArg, deadlineArg] = process.argv.slice(2);
const clients = fs
  .readFileSync(tokensFile, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => {
    const [token, roomId] = line.split(' ');
    return { token, roomId, lastSeen: null, attempt: 0, goingAway: 0, rounds: 0 };
  });
const inFlight = Number(inFlightArg);
const deadlineMs = Number(deadlineArg) * 1000;

let firstRound = 0;
let secondRound = 0;
let firstClose = 0;
let lastCatchUp = 0;
let attempts = 0;
let requests = 0;
let announcedReady = false;
const waiting = [];
let connecting = 0;

function jittered(step) {
  return Math.min(Math.floor(step / 2 + Math.random() * (step - Math.floor(step / 2))), 30000);
}

// ReconnectPolicy.standard(): after a close saying the server was going away (1001), at most 2 s
// (jittered) for 30 s; otherwise, and afterwards, 0.5 s doubling to 30 s (jittered).
function delayMs(client) {
  const usual = jittered(Math.min(30000, 500 * 2 ** Math.min(Math.max(client.attempt - 1, 0), 20)));
  if (client.goingAway && Date.now() - client.goingAway < 30000) {
    return Math.min(usual, jittered(2000));
  }
  return usual;
}

// At most IN_FLIGHT handshakes at a time, as the benchmark's other clients.
function queue(client) {
  waiting.push(client);
  pump();
}

function pump() {
  while (connecting < inFlight && waiting.length > 0) {
    connecting++;
    connect(waiting.shift());
  }
}

function connect(client) {
  attempts++;
  const socket = new WebSocket(url, {
    headers: { Authorization: 'Bearer ' + client.token },
    perMessageDeflate: false,
  });
  let handshaking = true;
  const handshakeDone = () => {
    if (handshaking) {
      handshaking = false;
      connecting--;
      pump();
    }
  };
  const syncId = 's' + ++requests;
  socket.on('open', () => {
    handshakeDone();
    socket.send(
      JSON.stringify({ type: 'sync', requestId: syncId, cursors: { [client.roomId]: client.lastSeen } }),
    );
  });
  socket.on('message', (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type === 'message.new') {
      client.lastSeen = frame.message.messageId;
    } else if (frame.type === 'ack' && frame.requestId === syncId) {
      const messages = frame.result.rooms[client.roomId]?.messages ?? [];
      if (messages.length > 0) {
        client.lastSeen = messages[messages.length - 1].messageId;
      }
      client.attempt = 0;
      client.goingAway = 0;
      caughtUp(client);
    }
  });
  socket.on('error', () => {});
  socket.on('close', (code) => {
    handshakeDone();
    if (firstClose === 0 && announcedReady) {
      firstClose = Date.now();
    }
    if (code === 1001 && !client.goingAway) {
      client.goingAway = Date.now();
    }
    client.attempt++;
    setTimeout(() => queue(client), delayMs(client));
  });
}

function caughtUp(client) {
  client.rounds++;
  if (client.rounds === 1) {
    firstRound++;
    if (firstRound === clients.length) {
      announcedReady = true;
      console.log('ready');
      setTimeout(finish, deadlineMs);
    }
  } else if (client.rounds === 2) {
    secondRound++;
    lastCatchUp = Date.now();
    if (secondRound === clients.length) {
      finish();
    }
  }
}

function finish() {
  console.log(
    JSON.stringify({
      sockets: clients.length,
      caughtUpAgain: secondRound,
      firstCloseEpochMs: firstClose,
      lastCatchUpEpochMs: lastCatchUp,
      attempts,
    }),
  );
  process.exit(0);
}

clients.forEach(queue);
