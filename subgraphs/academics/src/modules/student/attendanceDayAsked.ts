/**
 * Looking ahead from a list of students: the day whose marks the request asks of each one
 * (`attendanceOn(date:)`, the school's today when omitted), so the list's own statement can read
 * them instead of a second statement after it. Only the list's own selection (with its fragments)
 * counts; null when it asks none.
 */
import { getArgumentValues, isObjectType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { today } from '@syncad/subgraph-kit';

export function attendanceDayAsked(info: GraphQLResolveInfo, timezone: string): string | null {
  const student = info.schema.getType('Student');
  const field = isObjectType(student) ? student.getFields().attendanceOn : undefined;
  if (!field) return null;
  const dayIn = (set: SelectionSetNode | undefined): string | null => {
    for (const selection of set?.selections ?? []) {
      let day: string | null = null;
      if (selection.kind === Kind.FIELD) {
        // The first one wins; another day (an alias) is read by its loader as usual.
        if (selection.name.value === field.name)
          return (getArgumentValues(field, selection, info.variableValues).date as string | null) ?? today(timezone);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        day = dayIn(selection.selectionSet);
      } else {
        day = dayIn(info.fragments[selection.name.value]?.selectionSet);
      }
      if (day) return day;
    }
    return null;
  };
  for (const node of info.fieldNodes) {
    const day = dayIn(node.selectionSet);
    if (day) return day;
  }
  return null;
}
