import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { ProjectRole } from './project-role';
import type { ProjectStatus } from './project-status.rule';

/**
 * A joint project ("五方联动"): several organisations, each in a role, working to one goal over a period.
 * Its id is public and stable: partner events (and later screening campaigns) link to it.
 */
@Entity('projects')
export class Project {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  goal: string;

  /** Local dates (Asia/Shanghai) as YYYY-MM-DD; no end for an open-ended project. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: ProjectStatus;

  @Column({ name: 'created_by', type: 'char', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/** An organisation's part in a project: one role per organisation and project. */
@Entity('project_partners')
export class ProjectPartner {
  @PrimaryColumn({ name: 'project_id', type: 'char', length: 36 })
  projectId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'char', length: 36 })
  organisationId: string;

  @Column({ type: 'varchar', length: 20 })
  role: ProjectRole;

  /** Order as the coordinator listed them, so the page shows the lead first as they wrote it. */
  @Column({ type: 'smallint', unsigned: true })
  position: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;
}
