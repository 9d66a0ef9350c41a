import type { RpcSubject } from '@linkage/contracts';
import { MessagePattern } from '@nestjs/microservices';

/** Marks a controller method as the responder for one RPC subject from the contracts. */
export const RequestHandler = (subject: RpcSubject): MethodDecorator => MessagePattern(subject);
