// The Debian packages the tests need (tests/debian-packages.txt), which of them are missing, and
// installing those with apt-get as root or through sudo. Used by tests/run.mjs; .ci/run reads the same list.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const LIST = new URL('./debian-packages.txt', import.meta.url);

/** [{ name, probe }] from the list: the package, and a command or absolute path showing it is there. */
export function debianPackages(text = readFileSync(LIST, 'utf8')) {
	return text
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean)
		.map((line) => {
			const [name, probe = name] = line.split(/\s+/);
			return { name, probe };
		});
}

const present = (probe) => (probe.startsWith('/') ? existsSync(probe) : spawnSync('sh', ['-c', 'command -v "$1" >/dev/null 2>&1', 'sh', probe]).status === 0);

export const missingPackages = () => debianPackages().filter(({ probe }) => !present(probe)).map(({ name }) => name);

/** Installs what is missing; returns the packages still missing afterwards, having said why. */
export function installMissing(log = console.log) {
	const missing = missingPackages();
	if (missing.length === 0) return [];
	const by = (how) => `Install them yourself (${how}sudo apt-get install -y ${missing.join(' ')}) and run npm test again.`;
	if (process.env.CW_NO_INSTALL === '1') {
		log(`Missing Debian packages for the tests: ${missing.join(', ')}. CW_NO_INSTALL=1, so not installing. ${by('')}`);
		return missing;
	}
	if (!present('apt-get')) {
		log(`Missing packages for the tests: ${missing.join(', ')}. This is not a Debian-like machine (no apt-get); the tests that need them will fail. ${by('on Debian: ')}`);
		return missing;
	}
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	const sudo = !root && present('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
	if (!root && !sudo) {
		log(`Missing Debian packages for the tests: ${missing.join(', ')}. Not root, and sudo needs a password here, so npm test cannot install them. ${by('')}`);
		return missing;
	}
	log(`Installing ${missing.join(' ')} from Debian's packages${sudo ? ' with sudo' : ''}…`);
	const apt = (args) => spawnSync(sudo ? 'sudo' : 'apt-get', sudo ? ['-n', 'apt-get', ...args] : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	if (apt(['update', '-qq']).status !== 0 || apt(['install', '-y', '-qq', ...missing]).status !== 0) log(`apt-get could not install ${missing.join(' ')}. ${by('')}`);
	const still = missingPackages();
	if (still.length) log(`Still missing after installing: ${still.join(', ')}; the tests that need them will fail.`);
	return still;
}
