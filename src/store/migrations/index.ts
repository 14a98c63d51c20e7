export { MIGRATIONS, type Migration } from './migrations.js'
