import { Entity } from 'typeorm';
import { ContactDirectoryEntry } from './contact-directory-entry.entity.js';

/** A debt-counselling provider (gældsrådgivning): an NGO, a municipality's or a landlord's service. */
@Entity({ name: 'counselling_provider' })
export class CounsellingProvider extends ContactDirectoryEntry {}
