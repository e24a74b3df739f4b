// What a Vue app adds once (main.ts does the same with `import 'intel-brief/vue'`).
import 'intel-brief/vue';
