/* eslint-disable */

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import * as types from './graphql.js';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query MyAccessLogPage($first: Int, $after: String) {\n  myAccessLogConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        sessionId\n        action\n        at\n        reader {\n          id\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}': typeof types.MyAccessLogPageDocument;
  'query MyActionItemsPage($first: Int, $after: String, $status: ActionStatus) {\n  myActionItemsConnection(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        status\n        progress\n        dueAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}': typeof types.MyActionItemsPageDocument;
  'query MyAssignmentsPage($first: Int, $after: String, $includeCancelled: Boolean! = false) {\n  myAssignmentsConnection(\n    first: $first\n    after: $after\n    includeCancelled: $includeCancelled\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        cadence\n        nextDueAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery AssignmentSessionsPage($id: ID!, $first: Int, $after: String) {\n  assignment(id: $id) {\n    id\n    sessionsConnection(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          dueAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}': typeof types.MyAssignmentsPageDocument;
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!, $organisationId: ID) {\n  login(email: $email, password: $password, organisationId: $organisationId) {\n    accessToken\n    refreshToken\n    membership {\n      id\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n  }\n}\n\nmutation CreateOrganisation($name: String!) {\n  createOrganisation(name: $name) {\n    accessToken\n    membership {\n      id\n      roles\n    }\n  }\n}': typeof types.SignUpDocument;
  'query MyClientsPage($first: Int, $after: String) {\n  myClientsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}': typeof types.MyClientsPageDocument;
  'query Me {\n  me {\n    id\n    email\n    displayName\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.MeDocument;
  'query MembersPage($first: Int, $after: String) {\n  membersConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        roles\n        department\n        team\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}': typeof types.MembersPageDocument;
  'fragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}': typeof types.PageInfoFieldsFragmentDoc;
  'query MySessionsPage($first: Int, $after: String) {\n  mySessionsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        visibility\n        startedAt\n        completedAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery ClientSessionsPage($participantMembershipId: ID!, $first: Int, $after: String) {\n  clientSessionsConnection(\n    participantMembershipId: $participantMembershipId\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        completedAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation StartReflectionSession($templateId: ID, $assignmentId: ID) {\n  startReflectionSession(templateId: $templateId, assignmentId: $assignmentId) {\n    id\n    status\n    turns {\n      id\n      role\n      content\n    }\n  }\n}\n\nmutation AnswerReflection($sessionId: ID!, $content: String!) {\n  answerReflection(sessionId: $sessionId, content: $content) {\n    answer {\n      id\n    }\n    next {\n      id\n      content\n    }\n    session {\n      id\n      status\n    }\n  }\n}': typeof types.MySessionsPageDocument;
  'query ReflectionTemplatesPage($first: Int, $after: String, $includeArchived: Boolean) {\n  reflectionTemplatesConnection(\n    first: $first\n    after: $after\n    includeArchived: $includeArchived\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        version\n        title\n        primaryQuestion\n        archived\n        planState\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation CreateReflectionTemplate($input: TemplateInput!) {\n  createReflectionTemplate(input: $input) {\n    id\n    version\n    title\n    planState\n  }\n}': typeof types.ReflectionTemplatesPageDocument;
};
const documents: Documents = {
  'query MyAccessLogPage($first: Int, $after: String) {\n  myAccessLogConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        sessionId\n        action\n        at\n        reader {\n          id\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}':
    types.MyAccessLogPageDocument,
  'query MyActionItemsPage($first: Int, $after: String, $status: ActionStatus) {\n  myActionItemsConnection(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        status\n        progress\n        dueAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}':
    types.MyActionItemsPageDocument,
  'query MyAssignmentsPage($first: Int, $after: String, $includeCancelled: Boolean! = false) {\n  myAssignmentsConnection(\n    first: $first\n    after: $after\n    includeCancelled: $includeCancelled\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        cadence\n        nextDueAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery AssignmentSessionsPage($id: ID!, $first: Int, $after: String) {\n  assignment(id: $id) {\n    id\n    sessionsConnection(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          dueAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}':
    types.MyAssignmentsPageDocument,
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!, $organisationId: ID) {\n  login(email: $email, password: $password, organisationId: $organisationId) {\n    accessToken\n    refreshToken\n    membership {\n      id\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n  }\n}\n\nmutation CreateOrganisation($name: String!) {\n  createOrganisation(name: $name) {\n    accessToken\n    membership {\n      id\n      roles\n    }\n  }\n}':
    types.SignUpDocument,
  'query MyClientsPage($first: Int, $after: String) {\n  myClientsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}':
    types.MyClientsPageDocument,
  'query Me {\n  me {\n    id\n    email\n    displayName\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}':
    types.MeDocument,
  'query MembersPage($first: Int, $after: String) {\n  membersConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        roles\n        department\n        team\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}':
    types.MembersPageDocument,
  'fragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}': types.PageInfoFieldsFragmentDoc,
  'query MySessionsPage($first: Int, $after: String) {\n  mySessionsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        visibility\n        startedAt\n        completedAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery ClientSessionsPage($participantMembershipId: ID!, $first: Int, $after: String) {\n  clientSessionsConnection(\n    participantMembershipId: $participantMembershipId\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        completedAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation StartReflectionSession($templateId: ID, $assignmentId: ID) {\n  startReflectionSession(templateId: $templateId, assignmentId: $assignmentId) {\n    id\n    status\n    turns {\n      id\n      role\n      content\n    }\n  }\n}\n\nmutation AnswerReflection($sessionId: ID!, $content: String!) {\n  answerReflection(sessionId: $sessionId, content: $content) {\n    answer {\n      id\n    }\n    next {\n      id\n      content\n    }\n    session {\n      id\n      status\n    }\n  }\n}':
    types.MySessionsPageDocument,
  'query ReflectionTemplatesPage($first: Int, $after: String, $includeArchived: Boolean) {\n  reflectionTemplatesConnection(\n    first: $first\n    after: $after\n    includeArchived: $includeArchived\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        version\n        title\n        primaryQuestion\n        archived\n        planState\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation CreateReflectionTemplate($input: TemplateInput!) {\n  createReflectionTemplate(input: $input) {\n    id\n    version\n    title\n    planState\n  }\n}':
    types.ReflectionTemplatesPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyAccessLogPage($first: Int, $after: String) {\n  myAccessLogConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        sessionId\n        action\n        at\n        reader {\n          id\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}',
): (typeof documents)['query MyAccessLogPage($first: Int, $after: String) {\n  myAccessLogConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        sessionId\n        action\n        at\n        reader {\n          id\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyActionItemsPage($first: Int, $after: String, $status: ActionStatus) {\n  myActionItemsConnection(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        status\n        progress\n        dueAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}',
): (typeof documents)['query MyActionItemsPage($first: Int, $after: String, $status: ActionStatus) {\n  myActionItemsConnection(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        status\n        progress\n        dueAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyAssignmentsPage($first: Int, $after: String, $includeCancelled: Boolean! = false) {\n  myAssignmentsConnection(\n    first: $first\n    after: $after\n    includeCancelled: $includeCancelled\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        cadence\n        nextDueAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery AssignmentSessionsPage($id: ID!, $first: Int, $after: String) {\n  assignment(id: $id) {\n    id\n    sessionsConnection(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          dueAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}',
): (typeof documents)['query MyAssignmentsPage($first: Int, $after: String, $includeCancelled: Boolean! = false) {\n  myAssignmentsConnection(\n    first: $first\n    after: $after\n    includeCancelled: $includeCancelled\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        cadence\n        nextDueAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery AssignmentSessionsPage($id: ID!, $first: Int, $after: String) {\n  assignment(id: $id) {\n    id\n    sessionsConnection(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          dueAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!, $organisationId: ID) {\n  login(email: $email, password: $password, organisationId: $organisationId) {\n    accessToken\n    refreshToken\n    membership {\n      id\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n  }\n}\n\nmutation CreateOrganisation($name: String!) {\n  createOrganisation(name: $name) {\n    accessToken\n    membership {\n      id\n      roles\n    }\n  }\n}',
): (typeof documents)['mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!, $organisationId: ID) {\n  login(email: $email, password: $password, organisationId: $organisationId) {\n    accessToken\n    refreshToken\n    membership {\n      id\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    accessToken\n    refreshToken\n  }\n}\n\nmutation CreateOrganisation($name: String!) {\n  createOrganisation(name: $name) {\n    accessToken\n    membership {\n      id\n      roles\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyClientsPage($first: Int, $after: String) {\n  myClientsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}',
): (typeof documents)['query MyClientsPage($first: Int, $after: String) {\n  myClientsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Me {\n  me {\n    id\n    email\n    displayName\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query Me {\n  me {\n    id\n    email\n    displayName\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MembersPage($first: Int, $after: String) {\n  membersConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        roles\n        department\n        team\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}',
): (typeof documents)['query MembersPage($first: Int, $after: String) {\n  membersConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        roles\n        department\n        team\n        user {\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}',
): (typeof documents)['fragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MySessionsPage($first: Int, $after: String) {\n  mySessionsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        visibility\n        startedAt\n        completedAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery ClientSessionsPage($participantMembershipId: ID!, $first: Int, $after: String) {\n  clientSessionsConnection(\n    participantMembershipId: $participantMembershipId\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        completedAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation StartReflectionSession($templateId: ID, $assignmentId: ID) {\n  startReflectionSession(templateId: $templateId, assignmentId: $assignmentId) {\n    id\n    status\n    turns {\n      id\n      role\n      content\n    }\n  }\n}\n\nmutation AnswerReflection($sessionId: ID!, $content: String!) {\n  answerReflection(sessionId: $sessionId, content: $content) {\n    answer {\n      id\n    }\n    next {\n      id\n      content\n    }\n    session {\n      id\n      status\n    }\n  }\n}',
): (typeof documents)['query MySessionsPage($first: Int, $after: String) {\n  mySessionsConnection(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        visibility\n        startedAt\n        completedAt\n        template {\n          id\n          title\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery ClientSessionsPage($participantMembershipId: ID!, $first: Int, $after: String) {\n  clientSessionsConnection(\n    participantMembershipId: $participantMembershipId\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        status\n        completedAt\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation StartReflectionSession($templateId: ID, $assignmentId: ID) {\n  startReflectionSession(templateId: $templateId, assignmentId: $assignmentId) {\n    id\n    status\n    turns {\n      id\n      role\n      content\n    }\n  }\n}\n\nmutation AnswerReflection($sessionId: ID!, $content: String!) {\n  answerReflection(sessionId: $sessionId, content: $content) {\n    answer {\n      id\n    }\n    next {\n      id\n      content\n    }\n    session {\n      id\n      status\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ReflectionTemplatesPage($first: Int, $after: String, $includeArchived: Boolean) {\n  reflectionTemplatesConnection(\n    first: $first\n    after: $after\n    includeArchived: $includeArchived\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        version\n        title\n        primaryQuestion\n        archived\n        planState\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation CreateReflectionTemplate($input: TemplateInput!) {\n  createReflectionTemplate(input: $input) {\n    id\n    version\n    title\n    planState\n  }\n}',
): (typeof documents)['query ReflectionTemplatesPage($first: Int, $after: String, $includeArchived: Boolean) {\n  reflectionTemplatesConnection(\n    first: $first\n    after: $after\n    includeArchived: $includeArchived\n  ) {\n    edges {\n      cursor\n      node {\n        id\n        version\n        title\n        primaryQuestion\n        archived\n        planState\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nmutation CreateReflectionTemplate($input: TemplateInput!) {\n  createReflectionTemplate(input: $input) {\n    id\n    version\n    title\n    planState\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
