/**
 * The operations of the Relay scenario, as a Relay app writes them. relay-compiler reads this file
 * (gateway/test/browserClients.test.ts runs it over a copy, against gateway/api-schema.graphql) and
 * makes the artifacts the scenario runs; nothing imports this file.
 */
import { graphql } from 'relay-runtime';

export const studentsQuery = graphql`
  query relayStudentsQuery {
    students(first: 2) {
      nodes {
        id
        ...relay_student
      }
    }
  }
`;

export const studentFragment = graphql`
  fragment relay_student on Student @refetchable(queryName: "relayStudentRefetchQuery") {
    id
    fullName
    admissionNo
  }
`;
