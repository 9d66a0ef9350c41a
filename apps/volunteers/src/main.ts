import { createService, runApp } from '@linkage/service-kit';
import { volunteersService } from './volunteers.service-definition';

void runApp('volunteers', () => createService(volunteersService));
