import { describe, expect, it } from 'vitest';
import { allows, decide, groupOf, isStaffRoute, ROLES, STAFF_GROUPS, type Role } from './guard.ts';

describe('the staff route guard', () => {
	it('reads the group from a route id', () => {
		expect(groupOf('/staff/(admin)/users/[id=staffId]')).toBe('admin');
		expect(groupOf('/staff/(staff)')).toBe('staff');
		expect(groupOf('/staff/(anonymous)/sign-in')).toBe('anonymous');
		expect(groupOf('/staff/users')).toBeNull();
	});

	it('knows which routes belong to the staff area', () => {
		expect(isStaffRoute('/staff')).toBe(true);
		expect(isStaffRoute('/staff/(admin)/audit')).toBe(true);
		expect(isStaffRoute('/staffing')).toBe(false);
		expect(isStaffRoute('/learn')).toBe(false);
		expect(isStaffRoute(null)).toBe(false);
	});

	it('applies the role matrix to every group and role', () => {
		const expected: Record<string, Record<Role | 'anonymous', boolean>> = {
			anonymous: { anonymous: true, admin: true, coordinator: true, facilitator: true },
			staff: { anonymous: false, admin: true, coordinator: true, facilitator: true },
			coordinator: { anonymous: false, admin: true, coordinator: true, facilitator: false },
			admin: { anonymous: false, admin: true, coordinator: false, facilitator: false }
		};
		expect(Object.keys(STAFF_GROUPS).sort()).toEqual(Object.keys(expected).sort());
		for (const [group, row] of Object.entries(expected)) {
			for (const who of ['anonymous', ...ROLES] as const) {
				const role = who === 'anonymous' ? null : who;
				expect(allows(group as keyof typeof STAFF_GROUPS, role), `${who} in (${group})`).toBe(row[who]);
			}
		}
	});

	it('sends signed-out readers to sign in and refuses the wrong role', () => {
		expect(decide('/staff/(admin)/users', null)).toBe('sign-in');
		expect(decide('/staff/(admin)/users', 'coordinator')).toBe('forbidden');
		expect(decide('/staff/(admin)/users', 'admin')).toBe('allow');
		expect(decide('/staff/(staff)/account', 'facilitator')).toBe('allow');
		expect(decide('/staff/(anonymous)/sign-in', null)).toBe('allow');
	});

	it('refuses everyone, admins included, on a staff route outside a known group', () => {
		for (const role of [null, ...ROLES]) {
			expect(decide('/staff/reports', role)).toBe('forbidden');
			expect(decide('/staff/(secret)/reports', role)).toBe('forbidden');
			expect(decide('/staff/(toString)/reports', role)).toBe('forbidden');
		}
	});
});
