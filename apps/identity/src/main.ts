import { createService, runApp } from '@linkage/service-kit';
import { identityService } from './identity.service-definition';

void runApp('identity', () => createService(identityService));
