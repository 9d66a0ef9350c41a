import { createService, runApp } from '@linkage/service-kit';
import { screeningService } from './screening.service-definition';

void runApp('screening', () => createService(screeningService));
