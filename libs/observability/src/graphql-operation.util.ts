/** What a request log line says of the GraphQL operation a request carried. */
export interface GraphqlOperation {
  name: string;
  type: string;
}

const operations = new WeakMap<object, GraphqlOperation>();

/** Notes the operation of an HTTP request (the Node request object), for its request log line. */
export function recordGraphqlOperation(req: object, operation: GraphqlOperation): void {
  operations.set(req, operation);
}

/** The operation noted for an HTTP request, if it carried one. */
export function graphqlOperationOf(req: object): GraphqlOperation | undefined {
  return operations.get(req);
}
