import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A plain HTML page on another local port, as a blogger's site would serve it. */
export async function serveHostPage(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<style>body { font: 20px/1.2 serif; color: green; } .widget, figure, button { border: 6px solid red !important; }</style>
</head><body><h1>A blog post</h1>${body}<p>The end.</p></body></html>`;
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
