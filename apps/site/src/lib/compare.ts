/** Shared by the comparison, curves and data pages: the dataset version and status words. */
import sdkPackage from '@bangfu/sdk/package.json';
import { CELL_STATUSES, type CellStatus } from '@bangfu/sdk/compare';

/** The dataset version is the SDK's package version (bumped by changesets). */
export const DATASET_VERSION: string = (sdkPackage as { version: string }).version;

export const statusZh = (s: CellStatus): string => CELL_STATUSES[s].zh;

/** URL of an area's comparison page, and of a row on it. */
export const compareUrl = (area: string): string => `/compare/${area}/`;
export const rowUrl = (area: string, rowId: string): string => `${compareUrl(area)}#${rowId}`;
