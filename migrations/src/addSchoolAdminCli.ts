/**
 * `npm run school:add-admin -- --school demo --email head@demo.test [--password P | --link-existing]`:
 * makes the user with that email a SCHOOL_ADMIN of the school (its subdomain or id); a user who
 * does not exist yet is created with the password (or SYNCAD_ADMIN_PASSWORD); an existing account
 * only with --link-existing (printed loudly). Exit code: 0 done, 2 bad input or unknown school,
 * 1 anything else.
 */
import { parseArgs } from 'node:util';
import { answerHelp } from '@syncad/platform';
import { envWithLocalDatabaseUrl, loadDbConfig, readSecretFiles } from '@syncad/shared-db';
import { oneLine, reportFailure } from './cliFailure';
import { ProvisionError } from './provisionError';
import { addSchoolAdmin, linkedLoudly, validateSchoolAdmin } from './schoolAdmin';

const USAGE = 'usage: npm run school:add-admin -- --school <subdomain or id> --email E [--password P | --link-existing]';

const HELP = `${USAGE}
  Makes the user with that email a SCHOOL_ADMIN of the school (its subdomain or id). A new user is
  created with --password or SYNCAD_ADMIN_PASSWORD (8+ characters); an existing account is linked
  only with --link-existing (its own password stays).
Exit code: 0 done, 2 bad input or unknown school, 1 anything else.`;

async function main(argv: string[]): Promise<number> {
  answerHelp(HELP, argv);
  try {
    readSecretFiles();
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          school: { type: 'string' },
          email: { type: 'string' },
          password: { type: 'string' },
          'link-existing': { type: 'boolean' },
        },
        strict: true,
      }));
    } catch (err) {
      throw new ProvisionError('BAD_USER_INPUT', `${oneLine(err)}; ${USAGE}`);
    }
    if (values.school === undefined || values.email === undefined)
      throw new ProvisionError('BAD_USER_INPUT', `--school and --email are required; ${USAGE}`);
    const linkExisting = values['link-existing'] ?? false;
    if (linkExisting && values.password !== undefined)
      throw new ProvisionError('BAD_USER_INPUT', `--link-existing keeps the account's own password: leave --password out; ${USAGE}`);
    const password = linkExisting ? undefined : (values.password ?? process.env.SYNCAD_ADMIN_PASSWORD);
    const input = validateSchoolAdmin({ email: values.email, password, linkExisting });
    const { centralUrl } = loadDbConfig(envWithLocalDatabaseUrl());
    const admin = await addSchoolAdmin(centralUrl, values.school, input);
    if (admin.created) console.log(`school admin: ${input.email} (new user) user=${admin.userId} school=${admin.schoolId}`);
    else console.log(linkedLoudly(input.email, admin.userId, values.school));
    return 0;
  } catch (err) {
    return reportFailure('school:add-admin', err);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
