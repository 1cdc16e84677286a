/**
 * The bytes of link data: deflate-raw through the browser's own streams, base64url without padding,
 * and a CRC-32 so that a link altered on the way is refused rather than opened slightly wrong.
 * Inflation stops at a limit, so a crafted link can never unpack a bomb into memory.
 */
function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (the one zip and PNG use) of `bytes`. */
function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** Deflated bytes and their CRC-32 (4 bytes, big-endian) in base64url: the text after the version marker. */
export function packBytes(deflated: Uint8Array): string {
	const out = new Uint8Array(deflated.length + 4);
	out.set(deflated);
	new DataView(out.buffer).setUint32(deflated.length, crc32(deflated));
	return toBase64Url(out);
}

/** The deflated bytes inside base64url link data, or `null` when the text was changed or cut. */
export function unpackBytes(text: string): Uint8Array | null {
	const bytes = fromBase64Url(text);
	// Re-encoding must give the same text: a change in base64's unused low bits is still a change.
	if (!bytes || bytes.length < 5 || toBase64Url(bytes) !== text) return null;
	const deflated = bytes.subarray(0, bytes.length - 4);
	const crc = new DataView(bytes.buffer, bytes.byteOffset + deflated.length, 4).getUint32(0);
	return crc === crc32(deflated) ? deflated : null;
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates `bytes`, reading the output chunk by chunk and stopping as soon as it passes `limit`, so a
 * deflate bomb never sits whole in memory. The input is fed in small slices on demand for the same reason.
 */
export async function inflateWithLimit(
	bytes: Uint8Array,
	limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean }> {
	let offset = 0;
	const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
		{
			pull(controller) {
				if (offset >= bytes.length) return controller.close();
				controller.enqueue(bytes.slice(offset, offset + 512));
				offset += 512;
			},
		},
		{ highWaterMark: 0 },
	);
	const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > limit) {
				await reader.cancel().catch(() => {});
				return { ok: false, tooLarge: true };
			}
			chunks.push(value);
		}
	} catch {
		return { ok: false, tooLarge: false };
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return { ok: true, bytes: out };
}

