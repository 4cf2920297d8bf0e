// Socket.IO 4 with the chat benchmark's load semantics: a socket connects with a token in its auth
// payload, joins rooms by name, and each "message.send" is acknowledged to its sender, then
// broadcast as "message.new" to every socket of the room (the sender included). Nothing is stored.
// With REDIS_URL set, rooms span processes through the Redis adapter (pub/sub on that server).
'use strict';
const http = require('node:http');
const { Server } = require('socket.io');

async function adapter(url) {
  if (!url) {
    return undefined;
  }
  const { createClient } = require('redis');
  const { createAdapter } = require('@socket.io/redis-adapter');
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  return createAdapter(pub, sub);
}

async function main() {
  const httpServer = http.createServer();
  const io = new Server(httpServer, {
    transports: ['websocket'],
    serveClient: false,
    perMessageDeflate: false,
    adapter: await adapter(process.env.REDIS_URL),
  });
  let nextId = 0;

  io.use((socket, next) => {
    const token = socket.handshake.auth && socket.handshake.auth.token;
    if (typeof token !== 'string' || token.length === 0) {
      next(new Error('unauthorized'));
      return;
    }
    socket.data.token = token;
    next();
  });

  io.on('connection', (socket) => {
    socket.on('ping', (request, ack) => ack({ requestId: request.requestId }));
    socket.on('join', (request, ack) => {
      socket.join(request.room);
      ack({ requestId: request.requestId });
    });
    socket.on('message.send', (request, ack) => {
      if (!socket.rooms.has(request.roomId)) {
        ack({ requestId: request.requestId, error: 'NOT_A_MEMBER' });
        return;
      }
      const message = {
        id: process.pid + '-' + ++nextId,
        roomId: request.roomId,
        senderId: socket.id,
        content: request.content,
        clientMsgId: request.clientMsgId,
        createdAt: new Date().toISOString(),
      };
      ack({ requestId: request.requestId, messageId: message.id });
      io.to(request.roomId).emit('message.new', { message });
    });
  });

  process.on('SIGUSR2', () => global.gc && global.gc());
  httpServer.listen(0, '127.0.0.1', () => {
    console.log('listening on port ' + httpServer.address().port);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
