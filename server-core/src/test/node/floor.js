// The Node floor: a bare ws server that stores nothing and writes each frame it gets, unchanged, to
// every socket of the sender's room (the sender included), like FloorServer on Java-WebSocket.
// A socket joins a room with {"type":"join","requestId":"…","room":"…"} and gets an ack.
'use strict';
const { WebSocketServer } = require('ws');

const rooms = new Map();
const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

server.on('connection', (socket) => {
  socket.on('message', (data) => {
    if (socket.room) {
      for (const member of socket.room) {
        member.send(data, { binary: false });
      }
      return;
    }
    const join = JSON.parse(data);
    let room = rooms.get(join.room);
    if (!room) {
      room = new Set();
      rooms.set(join.room, room);
    }
    room.add(socket);
    socket.room = room;
    socket.send(JSON.stringify({ type: 'ack', requestId: join.requestId }));
  });
  socket.on('close', () => socket.room && socket.room.delete(socket));
});

// The benchmark asks for a full collection before it reads the resident memory, as jcmd does for a JVM.
process.on('SIGUSR2', () => global.gc && global.gc());
server.on('listening', () => console.log('listening on port ' + server.address().port));
