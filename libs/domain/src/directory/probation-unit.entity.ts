import { Entity } from 'typeorm';
import { ContactDirectoryEntry } from './contact-directory-entry.entity.js';

/** A unit of Kriminalforsorgen (the Prison and Probation Service). */
@Entity({ name: 'probation_unit' })
export class ProbationUnit extends ContactDirectoryEntry {}
