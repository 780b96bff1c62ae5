/**
 * Password length limits, shared by the server's check (server/auth/password.ts) and the forms'
 * hints. Length is the only rule (NIST SP 800-63B-4 §3.1.1.2 and OWASP's Authentication Cheat
 * Sheet: at least 15 characters when a password is the only factor, no composition rules, spaces
 * and any character allowed). The maximum only keeps hashing cheap for the server.
 */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 256;
