/**
 * `npm run school:create -- --name "Green Valley" --subdomain greenvalley [--db-server NAME]
 * [--district D] [--board B] [--timezone Z] [--admin-email E [--admin-password P | --link-existing]]`: migrates the central
 * database (idempotent), provisions the school and prints its id, subdomain and database. An
 * account that exists already becomes the admin only with --link-existing, printed loudly. Exit code: 0 created, 2 bad input or
 * conflict, 1 anything else. Errors are one line, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { answerHelp } from '@syncad/platform';
import { envWithLocalDatabaseUrl, loadDbConfig, readSecretFiles } from '@syncad/shared-db';
import { applyMigrations } from './applyMigrations';
import { oneLine, reportFailure } from './cliFailure';
import { ProvisionError } from './provisionError';
import { provisionSchool } from './provisionSchool';
import { addSchoolAdmin, assertSchoolAdminPossible, linkedLoudly, validateSchoolAdmin, type SchoolAdminInput } from './schoolAdmin';
import type { SchoolInput } from './validateSchoolInput';

const USAGE =
  'usage: npm run school:create -- --name "School Name" --subdomain sub [--db-server NAME] [--district D] [--board B] [--timezone Asia/Kolkata] [--admin-email E [--admin-password P | --link-existing]]';

function parseCli(argv: string[]): { school: SchoolInput; admin?: SchoolAdminInput } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        subdomain: { type: 'string' },
        'db-server': { type: 'string' },
        district: { type: 'string' },
        board: { type: 'string' },
        timezone: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-password': { type: 'string' },
        'link-existing': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new ProvisionError('BAD_USER_INPUT', `${oneLine(err)}; ${USAGE}`);
  }
  if (values.name === undefined || values.subdomain === undefined) {
    throw new ProvisionError('BAD_USER_INPUT', `--name and --subdomain are required; ${USAGE}`);
  }
  if ((values['admin-password'] !== undefined || values['link-existing']) && values['admin-email'] === undefined) {
    throw new ProvisionError('BAD_USER_INPUT', `--admin-password and --link-existing need --admin-email; ${USAGE}`);
  }
  if (values['admin-password'] !== undefined && values['link-existing']) {
    throw new ProvisionError('BAD_USER_INPUT', `--link-existing keeps the account's own password: leave --admin-password out; ${USAGE}`);
  }
  // The password may also come from the environment, to keep it out of shell history.
  const adminPassword = values['admin-password'] ?? process.env.SYNCAD_ADMIN_PASSWORD;
  return {
    school: {
      name: values.name,
      subdomain: values.subdomain,
      dbServer: values['db-server'],
      district: values.district,
      board: values.board,
      timezone: values.timezone,
    },
    admin:
      values['admin-email'] === undefined
        ? undefined
        : validateSchoolAdmin({
            email: values['admin-email'],
            // A linked account keeps its own password: SYNCAD_ADMIN_PASSWORD is not used either.
            password: values['link-existing'] ? undefined : adminPassword,
            linkExisting: values['link-existing'] ?? false,
          }),
  };
}

const HELP = `${USAGE}
  Migrates the central database, creates the school's database, applies the school migrations,
  registers the school and seeds its built-in roles. --admin-email makes a new user its first
  SCHOOL_ADMIN (password: --admin-password or SYNCAD_ADMIN_PASSWORD, 8+ characters); an existing
  account only with --link-existing. --timezone is an IANA name (default Asia/Kolkata).
Exit code: 0 created, 2 bad input or conflict, 1 anything else.`;

async function main(argv: string[]): Promise<number> {
  answerHelp(HELP, argv);
  try {
    readSecretFiles();
    const input = parseCli(argv);
    const config = loadDbConfig(envWithLocalDatabaseUrl());
    await applyMigrations(config.centralUrl, 'central');
    if (input.admin) await assertSchoolAdminPossible(config.centralUrl, input.admin);
    const school = await provisionSchool(config, input.school);
    console.log(
      `school created: id=${school.id} subdomain=${school.subdomain} database=${school.databaseName} server=${school.dbServer} timezone=${school.timezone}`,
    );
    if (input.admin) {
      const admin = await addSchoolAdmin(config.centralUrl, school.id, input.admin);
      if (admin.created) console.log(`school admin: ${input.admin.email} (new user) user=${admin.userId}`);
      else console.log(linkedLoudly(input.admin.email, admin.userId, school.subdomain));
    }
    return 0;
  } catch (err) {
    return reportFailure('school:create', err);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
