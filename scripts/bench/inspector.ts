/**
 * A client of a bench instance's inspector (Chrome DevTools Protocol over WebSocket; the instance
 * names its address in its log: "Debugger listening on ws://…"). Needs WebSocket, which Node 20
 * has behind --experimental-websocket (the scripts that use it pass it).
 */
export type Inspector = { send: <T>(method: string, params?: object) => Promise<T>; close: () => void };

export async function connectInspector(address: string): Promise<Inspector> {
  const socket = new WebSocket(address);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(`inspector: ${message.error.message}`));
    else waiting.resolve(message.result);
  };
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => socket.close() };
}

/**
 * The instance's JavaScript heap in MB after a full garbage collection: what it still holds, which
 * under steady load should level off (unlike resident memory, which grows as V8 enlarges its heap).
 */
export async function heapAfterGcMB(address: string): Promise<number> {
  const inspector = await connectInspector(address);
  try {
    // Twice: objects with finalizers or weak references are only freed by the second collection.
    for (let i = 0; i < 2; i++) await inspector.send("HeapProfiler.collectGarbage");
    const { result } = await inspector.send<{ result: { value: number } }>("Runtime.evaluate", {
      expression: "process.memoryUsage().heapUsed",
      returnByValue: true,
    });
    return Math.round(result.value / 1024 / 1024);
  } finally {
    inspector.close();
  }
}

/**
 * The inspector address of the Node process `pid`, whose output `readLog` returns: the one it
 * printed ("Debugger listening on ws://…"), or else it opens one now (SIGUSR1: 127.0.0.1:9229).
 */
export async function openInspector(pid: number, readLog: () => string): Promise<string> {
  const address = () => /Debugger listening on (ws:\/\/\S+)/.exec(readLog())?.[1];
  if (!address()) process.kill(pid, "SIGUSR1");
  for (let waited = 0; waited < 10_000; waited += 100) {
    const found = address();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`process ${pid} opened no inspector (is port 9229 taken?)`);
}
