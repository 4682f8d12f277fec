/** The demo estate `npm start` seeds and the tests and benchmarks reuse: schools, people and a school's year of data. */
export { seedDemoSchool } from './demoSchoolData';
export { DEMO_SCHOOLS, seedDemoEstate } from './seedDemoEstate';
