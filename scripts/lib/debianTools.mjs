// Finds a command the browser tests need; when it is missing and we are root
// with apt-get, installs its Debian package; otherwise stops with one line
// saying how to install it.
import { execFileSync } from 'node:child_process'

function hasCommand(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Returns true when `command` is (now) available. */
export function ensureDebianTool(command, debianPackage) {
  if (hasCommand(command)) return true
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    console.log(`browser tests: ${command} not found; installing Debian package "${debianPackage}" with apt-get…`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env })
    return hasCommand(command)
  }
  return false
}
