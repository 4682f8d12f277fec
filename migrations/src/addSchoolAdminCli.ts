/**
 * `npm run school:add-admin -- --school demo --email head@demo.test [--password P]`: makes the
 * user with that email a SCHOOL_ADMIN of the school (its subdomain or id); a user who does not
 * exist yet is created with the password (or SYNCAD_ADMIN_PASSWORD). Exit code: 0 done, 2 bad
 * input or unknown school, 1 anything else.
 */
import { parseArgs } from 'node:util';
import { envWithLocalDatabaseUrl, loadDbConfig } from '@syncad/shared-db';
import { oneLine, reportFailure } from './cliFailure';
import { ProvisionError } from './provisionError';
import { addSchoolAdmin, validateSchoolAdmin } from './schoolAdmin';

const USAGE = 'usage: npm run school:add-admin -- --school <subdomain or id> --email E [--password P]';

async function main(argv: string[]): Promise<number> {
  try {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { school: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
        strict: true,
      }));
    } catch (err) {
      throw new ProvisionError('BAD_USER_INPUT', `${oneLine(err)}; ${USAGE}`);
    }
    if (values.school === undefined || values.email === undefined)
      throw new ProvisionError('BAD_USER_INPUT', `--school and --email are required; ${USAGE}`);
    const input = validateSchoolAdmin({ email: values.email, password: values.password ?? process.env.SYNCAD_ADMIN_PASSWORD });
    const { centralUrl } = loadDbConfig(envWithLocalDatabaseUrl());
    const admin = await addSchoolAdmin(centralUrl, values.school, input);
    console.log(
      `school admin: ${input.email} (${admin.created ? 'new user' : 'existing user'}) user=${admin.userId} school=${admin.schoolId}`,
    );
    return 0;
  } catch (err) {
    return reportFailure('school:add-admin', err);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
