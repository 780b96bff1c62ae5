/**
 * Who may use which part of the staff area: the one place where routes meet roles.
 *
 * Every staff route sits in a route group under `src/routes/staff/` — `(anonymous)`, `(staff)`,
 * `(coordinator)` or `(admin)` — and the group decides who may load it or post its forms. The
 * server hook (hooks.server.ts) applies `decide()` to every request before any load or action
 * runs; loads and actions check again with `requireStaff()` (routes/staff/guard.ts). A route
 * outside a known group is refused to everyone, so a new route cannot be left open by accident,
 * and `e2e/staff.test.ts` walks every route and form action as each role.
 * (STYLE.md §9; https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html,
 * "deny by default".)
 */
export const ROLES = ['admin', 'coordinator', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Route group → who may use it: `anyone` (signed in or not) or a list of roles. */
export const STAFF_GROUPS = {
	/** Signing in, forgotten and reset passwords, accepting an invitation. */
	anonymous: 'anyone',
	/** Any active staff member: the dashboard, their own account, signing out, dialogues (a facilitator's own). */
	staff: ROLES,
	/** Coordinators and admins (Train: requests and sessions; Convene: events). */
	coordinator: ['admin', 'coordinator'],
	/** Admins only: users, the outbox, the audit log. */
	admin: ['admin']
} as const satisfies Record<string, 'anyone' | readonly Role[]>;

export type StaffGroup = keyof typeof STAFF_GROUPS;

export function isStaffGroup(value: unknown): value is StaffGroup {
	return typeof value === 'string' && Object.hasOwn(STAFF_GROUPS, value);
}

/** True for a route id of the staff area (`/staff`, `/staff/(admin)/users`, …). */
export function isStaffRoute(routeId: string | null): routeId is string {
	return routeId !== null && (routeId === '/staff' || routeId.startsWith('/staff/'));
}

/** The group of a staff route id (its first `(group)` segment), or null when it has none. */
export function groupOf(routeId: string): string | null {
	const segment = routeId.split('/').find((s) => /^\(.+\)$/.test(s));
	return segment ? segment.slice(1, -1) : null;
}

/** Whether a role may use a group; signed-out readers may use only `anyone` groups. */
export function allows(group: StaffGroup, role: Role | null): boolean {
	const who: 'anyone' | readonly Role[] = STAFF_GROUPS[group];
	if (who === 'anyone') return true;
	return role !== null && who.includes(role);
}

export type Decision = 'allow' | 'sign-in' | 'forbidden';

/**
 * What to do with a request to a staff route: go ahead, send a signed-out reader to sign in, or
 * refuse (403). Routes outside a known group are refused to everyone.
 */
export function decide(routeId: string, role: Role | null): Decision {
	const group = groupOf(routeId);
	if (!isStaffGroup(group)) return 'forbidden';
	if (allows(group, role)) return 'allow';
	return role === null ? 'sign-in' : 'forbidden';
}

/** What each role may do, for the dashboard (message keys `staff_can_*`). */
export const ROLE_ABILITIES: Record<Role, readonly string[]> = {
	admin: ['users', 'outbox', 'audit', 'trainings', 'sessions', 'events', 'dialogues', 'account'],
	coordinator: ['trainings', 'sessions', 'events', 'dialogues', 'account'],
	facilitator: ['sessions', 'dialogues', 'account']
};
