import { createService, runApp } from '@linkage/service-kit';
import { partnersService } from './partners.service-definition';

void runApp('partners', () => createService(partnersService));
