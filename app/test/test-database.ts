import postgres from 'postgres';

/** Create an empty database on the server that `serverUrl` points at; returns its URL. */
export async function createTestDatabase(serverUrl: string, name: string): Promise<string> {
	if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name "${name}"`);
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return url.href;
}

export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
	if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name "${name}"`);
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
	} finally {
		await admin.end();
	}
}
