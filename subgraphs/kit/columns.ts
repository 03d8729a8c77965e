/**
 * One decorator per column kind that declares both the database column (MikroORM) and the GraphQL
 * field (type-graphql) with one description, so a native record is written once. Every type is given
 * explicitly: esbuild (tests) emits no decorator metadata, tsc (builds) does, and both must agree.
 */
import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int } from 'type-graphql';

type Options = { nullable?: boolean; length?: number; deprecationReason?: string };
type Decorator = (target: object, key: string) => void;

function both(field: Decorator, property: Decorator): Decorator {
  return (target, key) => {
    field(target, key);
    property(target, key);
  };
}

/** Primary key: the record's stable slug or code. */
export function KeyColumn(description: string, length = 120): Decorator {
  return both(Field(() => ID, { description }) as Decorator, PrimaryKey({ type: 'string', length }) as Decorator);
}

export function TextColumn(description: string, options: Options = {}): Decorator {
  const long = (options.length ?? 255) > 1000;
  return both(
    Field(() => String, { description, nullable: options.nullable, deprecationReason: options.deprecationReason }) as Decorator,
    Property(long ? { type: 'text', nullable: options.nullable } : { type: 'string', length: options.length ?? 255, nullable: options.nullable }) as Decorator,
  );
}

export function IntColumn(description: string, options: Options = {}): Decorator {
  return both(Field(() => Int, { description, nullable: options.nullable }) as Decorator, Property({ type: 'integer', nullable: options.nullable }) as Decorator);
}

export function FloatColumn(description: string, options: Options = {}): Decorator {
  return both(Field(() => Float, { description, nullable: options.nullable }) as Decorator, Property({ type: 'double', nullable: options.nullable }) as Decorator);
}

export function BoolColumn(description: string): Decorator {
  return both(Field(() => Boolean, { description }) as Decorator, Property({ type: 'boolean' }) as Decorator);
}

/** A JSON column exposed as a typed GraphQL value (stated figures, dates, lists of names). */
export function JsonColumn(type: () => unknown, description: string, options: Options = {}): Decorator {
  return both(
    Field(type as () => never, { description, nullable: options.nullable, deprecationReason: options.deprecationReason }) as Decorator,
    Property({ type: 'json', nullable: options.nullable }) as Decorator,
  );
}

/** A column that is stored but not exposed (keys used by field resolvers, search forms…). */
export function HiddenColumn(kind: 'string' | 'text' | 'json' | 'integer' | 'double' | 'boolean', options: Options = {}): Decorator {
  return Property(kind === 'string' ? { type: 'string', length: options.length ?? 255, nullable: options.nullable } : { type: kind, nullable: options.nullable }) as Decorator;
}
