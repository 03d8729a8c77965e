/**
 * Whether a value a subgraph sent is one the client may see for a scalar or enum field: the rules
 * @apollo/gateway applies (federation-internals' isValidLeafValue), decided per type once, so that
 * shaping a response calls one small function per leaf. Enum values are checked against the API
 * schema, so an @inaccessible value never reaches a client.
 */
import { GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLString, isEnumType, type GraphQLLeafType } from 'graphql';

export type LeafCheck = (value: unknown) => boolean;

const INTEGER = /^(?:-?(?:0|[1-9][0-9]*))$/;

const isInteger: LeafCheck = (value) => typeof value === 'number' && Number.isFinite(value) && INTEGER.test(String(value));

export function leafCheck(type: GraphQLLeafType): LeafCheck {
  if (isEnumType(type)) {
    const values = new Set(type.getValues().map((v) => v.name));
    return (value) => typeof value === 'string' && values.has(value);
  }
  switch (type.name) {
    case GraphQLBoolean.name:
      return (value) => typeof value === 'boolean';
    case GraphQLInt.name:
      return isInteger;
    case GraphQLID.name:
      return (value) => typeof value === 'string' || isInteger(value);
    case GraphQLFloat.name:
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case GraphQLString.name:
      return (value) => typeof value === 'string';
    default:
      // A custom scalar is whatever the subgraph says it is.
      return () => true;
  }
}
