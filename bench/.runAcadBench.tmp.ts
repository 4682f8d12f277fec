import { adminUrlFrom } from '@syncad/test-support';
import { academics } from '/work/main/bench/academics';
import { formatTable } from '/work/main/bench/formatTable';
process.env.TEST_PG_ADMIN_URL = adminUrlFrom('postgres://postgres@127.0.0.1:5432/postgres');
academics.run().then((r) => { console.log(r.title + '\n' + formatTable(r.columns, r.rows)); r.notes.forEach((n) => console.log(n)); process.exit(0); }, (e) => { console.error(e); process.exit(1); });
