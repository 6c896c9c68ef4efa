// A WebAssembly SIMD kernel for src/knowledge/vectors.ts: the dot product of one signed-byte vector
// with each of a run of others, 16 dimensions an instruction instead of one. Exact: the bytes are
// widened to 16 bits and their products summed in 32-bit lanes (i32x4.dot_i16x8_s), so every score
// is the same integer as JavaScript's loop gives. Written as bytes here (no assembler at install);
// the module is made for the table's number of dimensions, rounded up to 16 with the query's last
// bytes zero, so a row's last load may read past its end into the next row (or the padding after
// the last) without changing its sum.

/** Writes to `out` (an i32 a row, from byte offset `out`) the dot product of the query at `query` with each of `count` rows from `rows`. */
export type ScoreRows = (rows: number, count: number, query: number, out: number) => void;

// Opcodes (WebAssembly core and its fixed-width SIMD proposal, shipped in Node 16 and later).
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_LT_U = 0x49;
const I32_GE_U = 0x4f;
const I32_STORE = 0x36;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR_IF = 0x0d;
const END = 0x0b;
const VOID = 0x40;
const I32 = 0x7f;
const V128 = 0x7b;
const simd = (op: number) => [0xfd, ...uleb(op)];
const V128_LOAD = 0x00;
const I32X4_EXTRACT_LANE = 0x1b;
const I16X8_EXTEND_LOW_I8X16_S = 0x87;
const I16X8_EXTEND_HIGH_I8X16_S = 0x88;
const I32X4_ADD = 0xae;
const I32X4_DOT_I16X8_S = 0xba;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return out;
}

/** A non-negative i32.const's signed LEB128 (its last byte's bit 6 is the sign). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>>= 7;
    if (!n && !(byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
const load = (offset: number) => [...simd(V128_LOAD), 0, ...uleb(offset)]; // alignment 1: rows are `dims` bytes apart

/** The module's one function's code, for vectors of `dims` bytes. */
function code(dims: number): number[] {
  const chunks = Math.ceil(dims / 16);
  const [rows, count, query, out] = [0, 1, 2, 3];
  // Locals after the parameters: the query's chunks widened (low and high halves), a row's chunk, the end of `out`.
  const low = (c: number) => 4 + 2 * c;
  const high = (c: number) => 5 + 2 * c;
  const chunk = 4 + 2 * chunks;
  const sum = chunk + 1;
  const end = sum + 1;
  const body: number[] = [];
  // The query's chunks, widened once.
  for (let c = 0; c < chunks; c++) {
    body.push(LOCAL_GET, query, ...load(16 * c), LOCAL_TEE, chunk, ...simd(I16X8_EXTEND_LOW_I8X16_S), LOCAL_SET, low(c));
    body.push(LOCAL_GET, chunk, ...simd(I16X8_EXTEND_HIGH_I8X16_S), LOCAL_SET, high(c));
  }
  // end = out + 4 * count; none to score: out of the block; else the loop, a row a turn.
  body.push(LOCAL_GET, out, LOCAL_GET, count, I32_CONST, ...sleb(2), I32_SHL, I32_ADD, LOCAL_SET, end);
  body.push(BLOCK, VOID, LOCAL_GET, out, LOCAL_GET, end, I32_GE_U, BR_IF, 0, LOOP, VOID);
  // The row's chunks, widened, times the query's: four running sums of 32 bits.
  for (let c = 0; c < chunks; c++) {
    body.push(LOCAL_GET, rows, ...load(16 * c), LOCAL_TEE, chunk, ...simd(I16X8_EXTEND_LOW_I8X16_S));
    body.push(LOCAL_GET, low(c), ...simd(I32X4_DOT_I16X8_S));
    if (c > 0) body.push(...simd(I32X4_ADD));
    body.push(LOCAL_GET, chunk, ...simd(I16X8_EXTEND_HIGH_I8X16_S), LOCAL_GET, high(c), ...simd(I32X4_DOT_I16X8_S), ...simd(I32X4_ADD));
  }
  // The four lanes' sum, stored at `out`; then the next row.
  body.push(LOCAL_SET, sum, LOCAL_GET, out);
  for (let lane = 0; lane < 4; lane++) {
    body.push(LOCAL_GET, sum, ...simd(I32X4_EXTRACT_LANE), lane);
    if (lane > 0) body.push(I32_ADD);
  }
  body.push(I32_STORE, 2, 0);
  body.push(LOCAL_GET, rows, I32_CONST, ...sleb(dims), I32_ADD, LOCAL_SET, rows);
  body.push(LOCAL_GET, out, I32_CONST, ...sleb(4), I32_ADD, LOCAL_TEE, out, LOCAL_GET, end, I32_LT_U, BR_IF, 0, END, END, END);
  const locals = [2, 2 * chunks + 2, V128, 1, I32];
  const fn = [...locals, ...body];
  return [...uleb(fn.length), ...fn];
}

/** How many bytes past a row's start the kernel reads: its vector rounded up to 16. */
export function rowReach(dims: number): number {
  return Math.ceil(dims / 16) * 16;
}

// Node has WebAssembly; TypeScript declares it only among the DOM's types, which this project leaves out.
interface Wasm {
  Memory: new (size: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;

/**
 * `bytes` of memory, zeroed, with the kernel over it for vectors of `dims` bytes; JavaScript's
 * memory and no kernel where WebAssembly (`node --jitless`) or its SIMD is not available.
 */
export function vectorMemory(bytes: number, dims: number): { buffer: ArrayBuffer; score: ScoreRows | undefined } {
  if (!wasm) return { buffer: new ArrayBuffer(bytes), score: undefined };
  const memory = new wasm.Memory({ initial: Math.ceil(bytes / 65_536) });
  try {
    // (An engine without WebAssembly's SIMD refuses the module.)
    const module = new wasm.Module(
      new Uint8Array([
        ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
        ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 0]), // one type: (i32, i32, i32, i32) -> ()
        ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0, 0]), // imports m.memory (at least 0 pages)
        ...section(3, [1, 0]), // one function, of that type
        ...section(7, [1, ...name('scores'), 0x00, 0]), // exported as "scores"
        ...section(10, [1, ...code(dims)]),
      ]),
    );
    const score = new wasm.Instance(module, { m: { memory } }).exports.scores as ScoreRows;
    return { buffer: memory.buffer, score };
  } catch {
    return { buffer: memory.buffer, score: undefined };
  }
}
