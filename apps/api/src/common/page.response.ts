import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** `{ items, nextCursor }` for the OpenAPI document, one class per item type. */
export function PageResponse<T>(item: Type<T>) {
  class PageOf {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' })
    nextCursor: string | null;
  }
  Object.defineProperty(PageOf, 'name', { value: `${item.name}Page` });
  return PageOf;
}
