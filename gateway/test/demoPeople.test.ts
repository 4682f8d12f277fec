/**
 * People on the demo estate, as `npm start` seeds it: the demo student finds their own record
 * through `me.student`, and reads a message from the demo teacher with the teacher's name, with no
 * `user:read`; the card is all they get. The demo guardians see their children, and only them.
 */
import { expectOneError, startDemoStack, type Stack } from '@syncad/test-support';
import { loadExamples } from '../src/playground/playgroundRoutes';

let stack: Stack;
let stop: () => Promise<void>;

beforeAll(async () => {
  const demo = await startDemoStack();
  stack = demo.stack;
  stop = demo.stop;
}, 120_000);
afterAll(() => stop?.());

it('the demo student: me.student, and the demo teacher by name in their inbox', async () => {
  const student = await stack.login('student@demo.test', 'demo-password', 'demo');
  const teacher = await stack.login('teacher@demo.test', 'demo-password', 'demo');
  const ask = async (query: string, variables: Record<string, unknown>, token: string) => {
    const answer = await stack.graphql(query, variables, token);
    expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 200, errors: undefined });
    return answer.body.data;
  };

  const me = await ask('{ me { user { id displayName roleName } student { admissionNo fullName class { name } } } }', {}, student);
  expect(me.me.user).toMatchObject({ roleName: 'STUDENT' });
  expect(me.me.student).toEqual({ admissionNo: expect.any(String), fullName: expect.any(String), class: { name: expect.any(String) } });
  expect((await ask('{ me { student { id } } }', {}, teacher)).me.student).toBeNull();

  await ask(
    'mutation($i: StartThreadInput!) { startThread(input: $i) { id } }',
    { i: { subject: 'Homework', participantIds: [me.me.user.id], body: 'Chapter 3, please.' } },
    teacher,
  );
  const teacherCard = (await ask('{ me { user { id displayName } } }', {}, teacher)).me.user;
  const inbox = await ask(
    '{ unreadMessageCount myThreads { nodes { subject messages { nodes { body sender { id displayName roleName } } } } } }',
    {},
    student,
  );
  expect(inbox).toEqual({
    unreadMessageCount: 1,
    myThreads: {
      nodes: [
        { subject: 'Homework', messages: { nodes: [{ body: 'Chapter 3, please.', sender: { ...teacherCard, roleName: 'TEACHER' } }] } },
      ],
    },
  });
  const contact = await stack.graphql('{ myThreads { nodes { messages { nodes { sender { email phone } } } } } }', {}, student);
  expect(expectOneError(contact, 403, 'FORBIDDEN').message).toMatch(/user:read/);
});

it("the demo guardians: guardian@ sees both siblings through the playground's GuardianDay, guardian2@ the older one, each only their own", async () => {
  const guardianDay = loadExamples().find((e) => e.name === 'GuardianDay')!;
  const children = async (login: string) => {
    const token = await stack.login(login, 'demo-password', 'demo');
    const answer = await stack.graphql(guardianDay.query, {}, token);
    expect({ login, errors: answer.body.errors }).toEqual({ login, errors: undefined });
    const list = answer.body.data.me.children as Array<{
      relation: string;
      student: { fullName: string; class: { name: string }; classTeacher: unknown };
    }>;
    for (const child of list) expect(child.student.classTeacher).toMatchObject({ displayName: 'Tara Teacher' });
    return { token, list: list.map((c) => `${c.relation} ${c.student.fullName} (${c.student.class.name})`) };
  };
  const first = await children('guardian@demo.test');
  const second = await children('guardian2@demo.test');
  expect(first.list).toHaveLength(2);
  expect(first.list.map((c) => c.split(' (')[1]).sort()).toEqual(['Grade 1)', 'Grade 2)']);
  expect(new Set(first.list.map((c) => c.split(' ')[2])).size).toBe(1); // siblings: one surname
  expect(second.list).toEqual([first.list.find((c) => c.includes('Grade 2'))!.replace('MOTHER', 'FATHER')]);
  // Everything else of the school stays out of reach: two of its 200 students.
  const students = await stack.graphql('{ students(first: 100) { totalCount } }', {}, first.token);
  expect(students.body.data.students.totalCount).toBe(2);
});
