/**
 * The input and output shapes every region's writes share: an amount with its unit, a firm by its
 * credit code, a contact person (never public), and whether an answer is a replay.
 */
import { Directive, Field, Float, InputType, ObjectType } from 'type-graphql';

@InputType('AmountInput', { description: '金额 — an amount as stated: a number of at least 0 and its unit, 元, 万元 or 亿元.' })
export class AmountInput {
  @Field(() => Float, { description: '数值 — the number, at least 0.' }) value!: number;
  @Field(() => String, { description: '单位 — 元, 万元 or 亿元.' }) unit!: string;
}

@InputType('FirmInput', { description: '企业 — a firm by its unified social credit code (checksum-validated), legal name and GB/T 2260 area.' })
export class FirmInput {
  @Field(() => String, { description: '统一社会信用代码 — 18 characters, the last a check character.' }) uscc!: string;
  @Field(() => String, { description: '名称 — full legal name.' }) name!: string;
  @Field(() => String, { description: '所在地 — GB/T 2260 six-digit code of its county, city or province.' }) areaCode!: string;
}

@InputType('ContactInput', { description: '联系人 — who to contact about a posting; never shown to anonymous callers.' })
export class ContactInput {
  @Field(() => String, { description: '姓名 — name.' }) name!: string;
  @Field(() => String, { description: '电话 — telephone, digits with an optional +, spaces or dashes.' }) phone!: string;
}

@ObjectType('Contact', { description: '联系人 — a contact person of a posting (not public).' })
@Directive('@shareable')
export class Contact {
  @Field(() => String, { description: '姓名 — name.' }) name!: string;
  @Field(() => String, { description: '电话 — telephone.' }) phone!: string;
}

export const REPLAYED_DESCRIPTION = '重放 — true when this answer repeats the first result of the same idempotency key, and nothing new was written.';
export const IDEMPOTENCY_KEY_DESCRIPTION = '幂等键 — a key new to every write (a UUID will do); retrying with the same key returns the first result instead of writing twice.';
