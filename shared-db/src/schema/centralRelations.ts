/** Drizzle relations for the central schema's relational query API. */
import { relations } from 'drizzle-orm';
import { EmployeeUserSchool, Module, RefreshToken, Role, RoleModulePermission, School, Session, User } from './central';

export const schoolRelations = relations(School, ({ many }) => ({
  users: many(EmployeeUserSchool),
  roles: many(Role),
}));

export const userRelations = relations(User, ({ many }) => ({
  schools: many(EmployeeUserSchool),
  sessions: many(Session),
}));

export const roleRelations = relations(Role, ({ one, many }) => ({
  school: one(School, { fields: [Role.schoolId], references: [School.id] }),
  permissions: many(RoleModulePermission),
}));

export const moduleRelations = relations(Module, ({ many }) => ({
  permissions: many(RoleModulePermission),
}));

export const roleModulePermissionRelations = relations(RoleModulePermission, ({ one }) => ({
  role: one(Role, { fields: [RoleModulePermission.roleId], references: [Role.id] }),
  module: one(Module, { fields: [RoleModulePermission.moduleId], references: [Module.id] }),
}));

export const employeeUserSchoolRelations = relations(EmployeeUserSchool, ({ one }) => ({
  user: one(User, { fields: [EmployeeUserSchool.userId], references: [User.id] }),
  school: one(School, { fields: [EmployeeUserSchool.schoolId], references: [School.id] }),
  role: one(Role, { fields: [EmployeeUserSchool.roleId], references: [Role.id] }),
}));

export const sessionRelations = relations(Session, ({ one, many }) => ({
  user: one(User, { fields: [Session.userId], references: [User.id] }),
  school: one(School, { fields: [Session.schoolId], references: [School.id] }),
  role: one(Role, { fields: [Session.roleId], references: [Role.id] }),
  refreshTokens: many(RefreshToken),
}));

export const refreshTokenRelations = relations(RefreshToken, ({ one }) => ({
  session: one(Session, { fields: [RefreshToken.sessionId], references: [Session.id] }),
}));
