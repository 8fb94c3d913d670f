import { createServer } from 'node:http'
import { greeting } from '../../libs/common/greeting.js'

createServer((request, response) => response.end(`${greeting('api')}\n`)).listen(process.env.PORT ?? 8080)
