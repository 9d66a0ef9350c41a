import { runApp } from '@linkage/service-kit';
import { createGateway } from './gateway';

void runApp('gateway', () => createGateway());
