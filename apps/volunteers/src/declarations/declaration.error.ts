import { moduleError } from '@linkage/errors';

export const DeclarationErrorCode = {
  DECLARATION_NOT_FOUND: 'not_found',
  DECLARATION_SHIFT_NOT_FOUND: 'not_found',
  DECLARATION_PARTNER_NOT_FOUND: 'not_found',
  DECLARATION_IN_FUTURE: 'unprocessable',
  DECLARATION_SHIFT_NOT_ENDED: 'unprocessable',
  DECLARATION_ALREADY_REVIEWED: 'conflict',
} as const;

export class DeclarationError extends moduleError(DeclarationErrorCode, {
  DECLARATION_NOT_FOUND: 'No hours declaration with id 0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d.',
  DECLARATION_SHIFT_NOT_FOUND: 'No shift with id 0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a.',
  DECLARATION_PARTNER_NOT_FOUND: 'No partner organisation with id 0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f.',
  DECLARATION_IN_FUTURE: 'Hours are declared for service already done; 2026-12-01 is after today.',
  DECLARATION_SHIFT_NOT_ENDED: 'The shift has not ended yet; declare its hours after it.',
  DECLARATION_ALREADY_REVIEWED: {
    message: 'This declaration was confirmed already; it is not reviewed twice.',
    details: { status: 'confirmed' },
  },
}) {}

export function declarationNotFound(id: string): DeclarationError {
  return new DeclarationError('DECLARATION_NOT_FOUND', `No hours declaration with id ${id}.`);
}
