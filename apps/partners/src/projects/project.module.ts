import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisations/organisation.module';
import { ProjectActivity } from './project-activity';
import { ProjectController } from './project.controller';
import { ProjectDirectory } from './project-directory';
import { Project, ProjectPartner } from './project.entity';
import { ProjectRepository } from './project.repository';
import { ProjectService } from './project.service';

/**
 * Joint projects. Exports the two narrow things other features need: ProjectDirectory (is this
 * organisation a partner of that project) and ProjectActivity (where a feature that knows a project's
 * events registers itself for the project page).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectPartner]), OrganisationModule],
  controllers: [ProjectController],
  providers: [ProjectRepository, ProjectService, ProjectDirectory, ProjectActivity, Transactions],
  exports: [ProjectDirectory, ProjectActivity],
})
export class ProjectModule {}
